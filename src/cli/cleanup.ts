/**
 * Interrupted runs leave nothing behind: temporary files and folders, and LibreOffice children,
 * are registered here while they exist; SIGINT/SIGTERM removes them (synchronously) and exits
 * 130/143 (docs/cli.md "Exit codes").
 */
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { EXIT } from './errors.js';

const paths = new Set<string>();
const children = new Set<ChildProcess>();

/** Registers a temporary file or folder; returns a function that unregisters it. */
export function trackTemp(path: string): () => void {
  paths.add(path);
  return () => paths.delete(path);
}

/** Registers a child process (started detached, in its own process group). */
export function trackChild(child: ChildProcess): () => void {
  children.add(child);
  return () => children.delete(child);
}

function killChild(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL'); // the whole group: soffice → oosplash → soffice.bin
  } catch {
    try {
      child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Kills every tracked child and removes every tracked temporary path (synchronous). */
export function cleanUpNow(): void {
  for (const child of children) killChild(child);
  children.clear();
  for (const p of paths) {
    try {
      rmSync(p, { recursive: true, force: true });
    } catch {
      // best effort: nothing more can be done while exiting
    }
  }
  paths.clear();
}

let installed = false;

/** SIGINT/SIGTERM: clean up, say so on one line, exit 130/143. */
export function installSignalCleanup(err: (line: string) => void): void {
  if (installed) return;
  installed = true;
  for (const [signal, code] of [
    ['SIGINT', EXIT.sigint],
    ['SIGTERM', EXIT.sigterm],
  ] as const) {
    process.on(signal, () => {
      const busy = paths.size > 0 || children.size > 0;
      cleanUpNow();
      if (busy) err(`offer-runway: interrupted (${signal}); removed the unfinished output`);
      process.exit(code);
    });
  }
}
