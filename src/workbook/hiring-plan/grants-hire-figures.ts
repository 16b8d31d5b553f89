/**
 * The hire's own figures on the first of its rows of the Grants sheet (docs/model.md §10): SBC
 * expected (rounded per hire), granted shares and value at plan month H per equity view, and its
 * Offer Sheet's vested shares and value at each value month.
 */
import type { Decimal } from '../../model/decimal.js';
import { exitValueAt } from '../../model/equity.js';
import type { ModelResult } from '../../model/model.js';
import { FORMATS, abs } from '../plan.js';
import type { GrantsSheetCtx, HireBlock } from './grants-layout.js';

/** The hire's figures; `own` is the hire's Offer Sheet model. */
export function writeHireFigures(gs: GrantsSheetCtx, block: HireBlock, own: ModelResult): void {
  writeHireSbcAndGranted(gs, block);
  writeHireExitValues(gs, block);
  writeHireOwnValues(gs, block, own);
}

/** `$X$a:$X$b`: column c over the hire's rows. */
const hireSpan = (block: HireBlock, c: number) => `${abs(block.first, c)}:${abs(block.last, c)}`;

function writeHireSbcAndGranted(gs: GrantsSheetCtx, block: HireBlock): void {
  const { sheet, col, money, H } = gs;
  const { first, hire } = block;
  const span = (c: number) => hireSpan(block, c);
  const weight = span(col.weight);
  for (let k = 1; k <= H; k++)
    sheet.formula(
      first,
      col.hireSbc + k - 1,
      `ROUND(SUMPRODUCT(${span(col.expense + k - 1)},${weight}),2)`,
      hire.sbc.expected[k - 1] as Decimal,
      money,
      'calc',
    );
  sheet.formula(
    first,
    col.granted.hit,
    `SUM(${span(col.shares)})`,
    hire.equity.hit.grantedShares,
    FORMATS.shares,
    'output',
  );
  sheet.formula(
    first,
    col.granted.expected,
    `SUMPRODUCT(${span(col.shares)},${weight})`,
    hire.equity.expected.grantedShares,
    FORMATS.sharesWeighted,
    'output',
  );
  sheet.formula(
    first,
    col.granted.none,
    abs(first, col.shares),
    hire.equity.none.grantedShares,
    FORMATS.shares,
    'output',
  );
}

/** Value at plan month H per exit price: vested shares at H × value per share. */
function writeHireExitValues(gs: GrantsSheetCtx, block: HireBlock): void {
  const { sheet, col, result, money0, H } = gs;
  const { first, hire } = block;
  const span = (c: number) => hireSpan(block, c);
  const vestedAtH = col.vested + H - 1;
  result.plan.exitPrices.forEach((_, j) => {
    const perShare = col.intrinsic + j;
    const allVested = `${span(vestedAtH)},${span(perShare)}`;
    const write = (c: number, formula: string, cached: Decimal) =>
      sheet.formula(first, c, formula, cached, money0, 'calc');
    write(
      col.exitValue.hit + j,
      `ROUND(SUMPRODUCT(${allVested}),2)`,
      hire.exitValue.hit[j] as Decimal,
    );
    write(
      col.exitValue.expected + j,
      `ROUND(SUMPRODUCT(${allVested},${span(col.weight)}),2)`,
      hire.exitValue.expected[j] as Decimal,
    );
    write(
      col.exitValue.none + j,
      `ROUND(${abs(first, vestedAtH)}*${abs(first, perShare)},2)`,
      hire.exitValue.none[j] as Decimal,
    );
  });
}

/** The Offer Sheet's vested shares (all hit) and value (all hit, initial only) by value month. */
function writeHireOwnValues(gs: GrantsSheetCtx, block: HireBlock, own: ModelResult): void {
  const { sheet, col, money0, valueMonths } = gs;
  const { first } = block;
  const span = (c: number) => hireSpan(block, c);
  const nP = gs.result.plan.exitPrices.length;
  valueMonths.forEach((m, i) => {
    const vested = col.ownVested + i;
    sheet.formula(
      first,
      col.ownVestedHit + i,
      `SUM(${span(vested)})`,
      own.vested.hit[m - 1] as Decimal,
      FORMATS.shares,
      'calc',
    );
    own.scenario.exitPrices.forEach((px, j) => {
      const perShare = col.intrinsic + j;
      sheet.formula(
        first,
        col.ownValueHit + i * nP + j,
        `ROUND(SUMPRODUCT(${span(vested)},${span(perShare)}),2)`,
        exitValueAt(own.grants, 'hit', m, px),
        money0,
        'calc',
      );
      sheet.formula(
        first,
        col.ownValueNone + i * nP + j,
        `ROUND(${abs(first, vested)}*${abs(first, perShare)},2)`,
        exitValueAt(own.grants, 'none', m, px),
        money0,
        'calc',
      );
    });
  });
}
