import { Spinner } from '@fluentui/react-components';
import { CompanyScreen } from '../screens/CompanyScreen.js';
import { MarketScreen } from '../screens/MarketScreen.js';
import { RiskScreen } from '../screens/lazy.js';
import {
  LiveSummary,
  PaneShell,
  daysVs,
  excelHost,
  modeTabs,
  type ModeFrame,
} from '../shell/PaneShell.js';
import { ActionButton } from '../shell/Toolbar.js';
import { usePaneState } from '../shell/pane-hooks.js';
import { HiresScreen } from './HiresScreen.js';
import { PlanResultsScreen } from './PlanResultsScreen.js';
import { TemplatesScreen } from './TemplatesScreen.js';
import { CURRENT_PLAN, planFileActions, usePlanWorkbook } from './plan-actions.js';
import type { PlanSummary } from './plan-eval.js';
import { defaultPlanDraft } from './plan-draft.js';
import { usePlanEvaluation } from './plan-evaluation.js';
import { planScreenOf, type PlanScreenId } from './plan-problems.js';
import { PlanMissInputs, planCheckpoints, planRiskSubject } from './plan-risk.js';

/** Plan mode's screens, the Risk view among them: problems point at each. */
const TABS = modeTabs<PlanScreenId>(
  ['hires', 'templates', 'company', 'market', 'results', 'risk'],
  planScreenOf,
);

/**
 * Plan mode (docs/addin.md): a hiring plan (docs/model.md §10) edited in the pane — the hires
 * list, templates on the single-offer screens, plan-wide company and market — with results from
 * the plan engine in a Web Worker, the plan's Risk view (§11), the plan workbook and every hire's
 * Offer Sheet.
 */
export default function PlanApp(frame: ModeFrame) {
  const pane = usePaneState(defaultPlanDraft, {
    inputsSource: CURRENT_PLAN,
    fixWhat: 'the plan below',
    yieldFirst: true, // let the spinner paint before main-thread validation and workbook build
  });
  const { today, bandSets, draft, ctx } = pane;
  const evaluation = usePlanEvaluation(draft, bandSets, today, pane.runner.setNotice);
  const { summary, problems, computing } = evaluation;
  const workbook = usePlanWorkbook(ctx, excelHost(frame));
  const files = planFileActions(ctx);
  const stale = problems.length > 0;
  return (
    <PaneShell
      {...frame}
      mode="plan"
      toolbar={<PlanToolbar exportXlsx={files.exportXlsx} workbook={workbook} />}
      document={files.document}
      pane={pane}
      summary={<PlanSummaryLine {...evaluation} stale={stale} />}
      problems={problems}
      tabs={TABS}
    >
      {(tab) => (
        <>
          {tab === 'hires' && <HiresScreen bandSets={bandSets} today={today} />}
          {tab === 'templates' && <TemplatesScreen />}
          {tab === 'company' && <CompanyScreen />}
          {tab === 'market' && (
            <MarketScreen
              bandSets={bandSets}
              onAddBandSet={pane.addBandSet}
              result={null}
              planWide
            />
          )}
          {tab === 'results' && (
            <PlanResults summary={summary} computing={computing} stale={stale} />
          )}
          {tab === 'risk' && (
            <RiskScreen
              mode="plan"
              subjectOf={planRiskSubject}
              today={today}
              bandSets={bandSets}
              missInputs={<PlanMissInputs />}
              checkpoints={planCheckpoints(draft)}
            />
          )}
        </>
      )}
    </PaneShell>
  );
}

/**
 * Plan mode's own buttons: build (Excel) or export (standalone), and Offer Sheets (Save and Open
 * follow).
 */
function PlanToolbar({
  exportXlsx,
  workbook,
}: {
  exportXlsx: (offerSheets: boolean) => Promise<void>;
  workbook: ReturnType<typeof usePlanWorkbook>;
}) {
  return (
    <>
      {workbook ? (
        <ActionButton primary onClick={() => void workbook.buildInWorkbook(false)}>
          Build plan in workbook
        </ActionButton>
      ) : (
        <ActionButton primary onClick={() => void exportXlsx(false)} testId="plan-export-xlsx">
          Export plan .xlsx
        </ActionButton>
      )}
      <ActionButton
        onClick={() => void (workbook ? workbook.buildInWorkbook(true) : exportXlsx(true))}
        testId="plan-offer-sheets"
      >
        Offer sheets for all hires
      </ActionButton>
    </>
  );
}

/** "Plan runway (expected): 590 days · +12 days vs every hire at P75 cash · recomputing…". */
function PlanSummaryLine({
  summary,
  computing,
  engineWhere,
  stale,
}: ReturnType<typeof usePlanEvaluation> & { stale: boolean }) {
  const exp = summary?.views.planExpected;
  const gained = summary?.daysGained.p75;
  return (
    <LiveSummary testId="plan-live-summary" engine={engineWhere ?? undefined}>
      {summary && exp ? (
        <>
          Plan runway (expected):{' '}
          <strong>{exp.days ?? `> ${summary.runwayHorizonMonths} mo`}</strong>
          {exp.days != null && ' days'}
          {summary.market.p75 && gained != null && ` · ${daysVs(gained)} every hire at P75 cash`}
          {stale && ' · (last valid plan)'}
        </>
      ) : (
        'Computing the plan…'
      )}
      {computing && summary && ' · recomputing…'}
    </LiveSummary>
  );
}

function PlanResults({
  summary,
  computing,
  stale,
}: {
  summary: PlanSummary | null;
  computing: boolean;
  stale: boolean;
}) {
  if (summary) return <PlanResultsScreen summary={summary} stale={stale} />;
  if (computing) return <Spinner size="small" label="Computing the plan…" />;
  return <p>No valid plan yet: fix the fields listed above.</p>;
}
