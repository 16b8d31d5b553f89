import type { RiskReply, RiskRequest } from '../../src/taskpane/risk/protocol.js';
import { runRequest } from '../../src/taskpane/risk/summary.js';

/** Every message the Risk worker would post for `req`, run to the end (clock at 0). */
export function riskReplies(req: RiskRequest): RiskReply[] {
  const out: RiskReply[] = [];
  const run = runRequest(
    req,
    (m) => out.push(m),
    () => 0,
  );
  while (!run.next().done);
  return out;
}
