import { EXCEL_API_MIN_VERSION } from '../excel/requirements.js';
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
 * The requirement set this build's workbook actions need, checked at run time: when the host
 * lacks it (an older Excel, or a platform that declares fewer sets) the pane says so and works
 * standalone — export, save and open — instead of failing half-way through a build. Null when
 * supported (or when the host cannot say, as older Office.js builds cannot).
 */
export function missingRequirement(office: typeof Office): string | null {
  const req = office.context?.requirements;
  if (!req || typeof req.isSetSupported !== 'function') return null;
  if (req.isSetSupported('ExcelApi', EXCEL_API_MIN_VERSION)) return null;
  return `this Excel does not support ExcelApi ${EXCEL_API_MIN_VERSION} (fill-down, print layout, screen-update suspension), which building the model needs; export the .xlsx instead, or use Excel on the web, Microsoft 365, or Excel 2021 or later`;
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
  const missing = missingRequirement(office);
  if (missing) return { kind: 'standalone', reason: missing };
  const { excelActions } = await import(/* webpackChunkName: "excel-host" */ './excel-host.js');
  return {
    kind: 'excel',
    actions: excelActions(),
    dark: isDarkColor(office.context.officeTheme?.bodyBackgroundColor),
  };
}
