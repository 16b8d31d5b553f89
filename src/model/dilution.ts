import { Decimal, ZERO, max } from './decimal.js';

/** Pool and dilution for one equity view (model.md §3.5). */
export interface PoolUse {
  grantedShares: Decimal;
  poolTopUpShares: Decimal;
  poolUse: Decimal;
  dilution: Decimal;
}

/** `topUp = MAX(0, granted − pool)`, `poolUse = granted / pool`, `dilution = granted / (FD + topUp)`. */
export function poolUse(
  granted: Decimal,
  unallocatedPool: Decimal,
  fullyDiluted: Decimal,
): PoolUse {
  const poolTopUpShares = max(ZERO, granted.minus(unallocatedPool));
  return {
    grantedShares: granted,
    poolTopUpShares,
    poolUse: granted.div(unallocatedPool),
    dilution: granted.div(fullyDiluted.plus(poolTopUpShares)),
  };
}
