import { afterEach, describe, expect, it } from 'vitest';
import { detectHost } from '../../src/taskpane/host.js';

/**
 * Issue 12 item 9: the requirement set is checked at run time. An Excel without ExcelApi 1.9
 * gets a pane that says what is unavailable and why, and still works standalone.
 */
const g = globalThis as { Office?: unknown };
afterEach(() => {
  delete g.Office;
});

function fakeOffice(supported: boolean) {
  return {
    HostType: { Excel: 'Excel' },
    onReady: () => Promise.resolve({ host: 'Excel', platform: 'iOS' }),
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) =>
          supported || !(name === 'ExcelApi' && version === '1.9'),
      },
    },
  };
}

describe('requirement sets at run time', () => {
  it('an Excel without ExcelApi 1.9: standalone, with the set and what it is for named', async () => {
    g.Office = fakeOffice(false);
    const host = await detectHost(1000);
    expect(host.kind).toBe('standalone');
    expect(host.kind === 'standalone' && host.reason).toContain(
      'this Excel does not support ExcelApi 1.9',
    );
    expect(host.kind === 'standalone' && host.reason).toContain('export the .xlsx instead');
  });
});
