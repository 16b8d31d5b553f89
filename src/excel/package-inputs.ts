/**
 * Reading the package inputs back from the Packages sheet (docs/model.md §9).
 *
 * Each package's fields are named cells `In_Pkg<i>_<Field>` (the plan builder's names,
 * src/workbook/packages-sheet.ts). An empty cell means "as the offer" and writes no override; a
 * value is an override at `packages[i-1].<field>`. The refresh program is "offer" (inherit),
 * "none" (`refresh: null`) or "own" (the package's own block of refresh inputs and milestones).
 */
import { PACKAGE_INPUTS } from '../workbook/packages-sheet.js';

type CellValue = string | number | boolean;
type Named = Map<string, { value: CellValue; address: string }>;
type Put = (path: (string | number)[], value: unknown, address: string) => void;

/** Every defined name the package read-back reads. */
export const PACKAGE_INPUT_NAME = /^In_Pkg\d+_/;

const blank = (v: CellValue | undefined) => v === undefined || v === '';

/** The override path of a package input field (Equity_Size and Refresh are handled apart). */
const FIELD_PATH: Record<string, string[]> = {
  BaseSalary: ['baseSalary'],
  AnnualRaise: ['annualRaise'],
  TargetBonusPct: ['targetBonusPct'],
  BonusPayoutPct: ['bonusPayoutPct'],
  SignOnBonus: ['signOnBonus'],
  Instrument: ['equity', 'instrument'],
  Equity_Strike: ['equity', 'strike'],
  Equity_GrantFairValue: ['equity', 'grantFairValue'],
  Equity_VestingMonths: ['equity', 'vestingMonths'],
  Equity_CliffMonths: ['equity', 'cliffMonths'],
  Equity_VestEvery: ['equity', 'vestEveryMonths'],
};

const REFRESH_FIELDS: [string, string[]][] = [
  ['Refresh_Strike', ['strike']],
  ['Refresh_GrantFairValue', ['grantFairValue']],
  ['Refresh_VestingMonths', ['vestingMonths']],
  ['Refresh_CliffMonths', ['cliffMonths']],
  ['Refresh_VestEvery', ['vestEveryMonths']],
  ['Refresh_ValuePerPoint', ['margin', 'valuePerPoint']],
  ['Refresh_MeasureEvery', ['margin', 'measureEveryMonths']],
  ['Refresh_CapPerYear', ['margin', 'capPerYear']],
];

const text = (v: CellValue) => (typeof v === 'string' ? v : String(v));

/**
 * Adds `packages` to the document being assembled (nothing when the workbook has no package
 * cells, so a workbook built without packages reads back as before). `put` records each value
 * with its cell; `invalid` collects values no field can take, with their cell.
 */
export function readPackages(named: Named, put: Put, invalid: string[]): void {
  for (let i = 1; named.has(`In_Pkg${i}_Name`); i++) {
    const at = (suffix: string) => named.get(`In_Pkg${i}_${suffix}`);
    const p = i - 1;
    const name = at('Name')!;
    put(['packages', p, 'name'], text(name.value), name.address);
    for (const [suffix] of PACKAGE_INPUTS) {
      const path = FIELD_PATH[suffix];
      const cell = at(suffix);
      if (!path || !cell || blank(cell.value)) continue;
      put(
        ['packages', p, ...path],
        suffix === 'Instrument' ? text(cell.value) : cell.value,
        cell.address,
      );
    }
    const sizeBy = at('Equity_SizeBy');
    const size = at('Equity_Size');
    if (sizeBy && size && !(blank(sizeBy.value) && blank(size.value))) {
      const key = text(sizeBy.value);
      if (key !== 'shares' && key !== 'value' && key !== 'percentOfFullyDiluted')
        invalid.push(
          `${sizeBy.address} (packages[${p}].equity): the grant must be given as "shares", "value" or "percentOfFullyDiluted" (or both cells left empty for the offer's grant), got ${JSON.stringify(key)}`,
        );
      else put(['packages', p, 'equity', key], size.value, size.address);
    }
    const mode = at('Refresh');
    const how = mode ? text(mode.value).trim() : 'offer';
    if (how === 'none') put(['packages', p, 'refresh'], null, mode!.address);
    else if (how === 'own') {
      put(['packages', p, 'refresh', 'milestones'], [], mode!.address);
      for (const [suffix, path] of REFRESH_FIELDS) {
        const cell = at(suffix);
        if (!cell) continue;
        if (suffix === 'Refresh_CapPerYear' && blank(cell.value)) continue; // empty = no cap
        put(['packages', p, 'refresh', ...path], cell.value, cell.address);
      }
      for (let j = 1; named.has(`In_Pkg${i}_Milestone${j}_Name`); j++) {
        const path = ['packages', p, 'refresh', 'milestones', j - 1];
        for (const field of ['Name', 'DueDay', 'Probability', 'Value'] as const) {
          const cell = at(`Milestone${j}_${field}`);
          if (!cell) continue;
          const key = field === 'DueDay' ? 'dueDay' : field.toLowerCase();
          put([...path, key], field === 'Name' ? text(cell.value) : cell.value, cell.address);
        }
      }
    } else if (how !== 'offer' && how !== '')
      invalid.push(
        `${mode!.address} (packages[${p}].refresh): must be "offer", "none" or "own", got ${JSON.stringify(how)}`,
      );
  }
}
