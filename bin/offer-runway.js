#!/usr/bin/env node
// The offer-runway command. Runs the TypeScript sources through tsx so that a fresh `npm ci`
// is all it needs (no build step can go stale).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
