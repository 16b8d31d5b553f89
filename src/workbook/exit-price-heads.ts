import type { Decimal } from '../model/decimal.js';
import type { SheetBuilder } from './builder.js';
import { FORMATS, type StyleName } from './plan.js';

/**
 * One column head per exit price from column `col0` on: "At 2.00", a formula over
 * `In_ExitPrice<i>`, so the heads follow the prices typed on the Inputs sheet.
 */
export function writeExitPriceHeads(
  sheet: SheetBuilder,
  row: number,
  col0: number,
  prices: readonly Decimal[],
  style: StyleName,
): void {
  prices.forEach((price, j) =>
    sheet.formula(
      row,
      col0 + j,
      `"At "&TEXT(In_ExitPrice${j + 1},"0.00")`,
      `At ${price.toFixed(2)}`,
      FORMATS.general,
      style,
    ),
  );
}
