// `node --import ./test/support/trace-imports.mjs …`: appends every module URL the program loads
// to the file named by TRACE_IMPORTS (one per line). Used to prove which code a command ran.
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (process.env.TRACE_IMPORTS) appendFileSync(process.env.TRACE_IMPORTS, r.url + '\\n');
  return r;
}`)}`,
);
