import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

/**
 * Issue 12 item 5: a full disk while the workbook is written. The file system is real; only the
 * write itself fails as a full disk makes it fail (ENOSPC), injected into node:fs/promises.
 */
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof real.open = async (...args) => {
    const handle = await real.open(...args);
    return new Proxy(handle, {
      get(target, key) {
        if (key === 'writeFile')
          return async () => {
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
              code: 'ENOSPC',
              errno: -28,
              syscall: 'write',
            });
          };
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    });
  };
  return { ...real, open, default: { ...real, open } };
});

describe('a full disk', () => {
  it('exit 3 naming the file and "no space left", no temporary file left, nothing on stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'offer-runway-full-'));
    const target = join(dir, 'offer.xlsx');
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['model', '--xlsx', target], {
      out: (t) => out.push(t),
      err: (t) => err.push(t),
    });
    expect(code).toBe(3);
    expect(err).toEqual([`offer-runway: ${target}: no space left on the device (ENOSPC)`]);
    expect(out).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });
});
