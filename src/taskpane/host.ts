import type { HostInfo } from './actions.js';

/** A colour like "#1f1f1f" is dark when its luminance is low (Office's dark themes). */
export function isDarkColor(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x as string, 16)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

/**
 * Where are we? Inside Excel the Office.js actions are loaded (lazily, so a plain browser never
 * downloads them); in a plain browser, or when office.js could not be fetched (offline, blocked),
 * the pane runs standalone. Never throws.
 */
export async function detectHost(timeoutMs = 5000): Promise<HostInfo> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== 'function')
    return { kind: 'standalone', reason: 'office.js unreachable' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const info = await Promise.race([
    office.onReady().catch(() => null),
    new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  if (!info) return { kind: 'standalone', reason: 'Office did not answer' };
  if (info.host !== office.HostType.Excel)
    return { kind: 'standalone', reason: 'not running inside Excel' };
  const { excelActions } = await import(/* webpackChunkName: "excel-host" */ './excel-host.js');
  return {
    kind: 'excel',
    actions: excelActions(),
    dark: isDarkColor(office.context.officeTheme?.bodyBackgroundColor),
  };
}
