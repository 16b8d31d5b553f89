import type { BandSet } from '../model/bands.js';
import type { ModelResult } from '../model/model.js';
import { daysGained } from '../model/runway.js';
import { defaultDraft } from './defaults.js';
import { CURRENT_INPUTS, offerFileActions, useOfferWorkbook } from './offer-actions.js';
import { useOfferEvaluation } from './offer-evaluation.js';
import { screenOf, type ScreenId } from './problems.js';
import { OfferMissInputs, offerCheckpoints, scenarioRiskSubject } from './risk/offer-risk.js';
import { CompanyScreen } from './screens/CompanyScreen.js';
import { MarketScreen } from './screens/MarketScreen.js';
import { OfferScreen } from './screens/OfferScreen.js';
import { RefreshScreen } from './screens/RefreshScreen.js';
import { ResultsScreen } from './screens/ResultsScreen.js';
import { PackagesScreen, RiskScreen } from './screens/lazy.js';
import {
  LiveSummary,
  PaneShell,
  daysVs,
  excelHost,
  modeTabs,
  type ModeFrame,
} from './shell/PaneShell.js';
import { ActionButton } from './shell/Toolbar.js';
import { usePaneState } from './shell/pane-hooks.js';

const TABS = modeTabs<ScreenId>(
  ['offer', 'refresh', 'company', 'market', 'packages', 'results', 'risk'],
  screenOf,
);

/** The task pane in Offer mode. `host` is null while Office is still being asked where we run. */
export function App(frame: ModeFrame) {
  const pane = usePaneState(defaultDraft, {
    inputsSource: CURRENT_INPUTS,
    fixWhat: 'the inputs below',
  });
  const { today, bandSets, draft, draftRef, ctx } = pane;
  const { result, problems, recompute } = useOfferEvaluation(draft, bandSets, today);
  const workbook = useOfferWorkbook(ctx, excelHost(frame)?.actions ?? null);
  const files = offerFileActions(ctx);
  const stale = problems.length > 0;
  return (
    <PaneShell
      {...frame}
      mode="offer"
      hostTitle="Export, save and open work here; building the model in a live workbook needs Excel."
      toolbar={<OfferToolbar exportXlsx={files.exportXlsx} workbook={workbook} />}
      document={files.document}
      pane={pane}
      summary={result && <OfferSummary result={result} stale={stale} />}
      problems={problems}
      tabs={TABS}
      // Leaving a screen settles its last edit at once (no wait for the debounce).
      onLeaveTab={() => recompute(draftRef.current, bandSets, true)}
    >
      {(tab) => (
        <OfferScreens
          tab={tab}
          result={result}
          stale={stale}
          today={today}
          bandSets={bandSets}
          onAddBandSet={pane.addBandSet}
        />
      )}
    </PaneShell>
  );
}

/** Offer mode's own buttons: the workbook's inside Excel, then export (Save and Open follow). */
function OfferToolbar({
  exportXlsx,
  workbook,
}: {
  exportXlsx: () => void;
  workbook: ReturnType<typeof useOfferWorkbook>;
}) {
  return (
    <>
      {workbook && (
        <>
          <ActionButton primary onClick={workbook.buildInWorkbook}>
            Build model in workbook
          </ActionButton>
          <ActionButton onClick={workbook.updateFromWorkbook}>Update from workbook</ActionButton>
          <ActionButton onClick={workbook.offerSheet}>Offer sheet</ActionButton>
        </>
      )}
      <ActionButton primary={!workbook} onClick={exportXlsx} testId="export-xlsx">
        Export .xlsx
      </ActionButton>
    </>
  );
}

/** "Runway with this offer (expected): 612 days · +9 days vs a P75 cash match". */
function OfferSummary({ result, stale }: { result: ModelResult; stale: boolean }) {
  const exp = result.views.offerExpected.runway;
  const p75 = result.market.p75?.runway;
  if (!exp) return null;
  return (
    <LiveSummary testId="live-summary">
      Runway with this offer (expected):{' '}
      <strong>{exp.days ?? `> ${result.scenario.runwayHorizonMonths} mo`}</strong>
      {exp.days != null && ' days'}
      {p75 &&
        exp.days != null &&
        p75.days != null &&
        ` · ${daysVs(daysGained(exp.days, p75.days) as number)} a P75 cash match`}
      {stale && ' · (last valid inputs)'}
    </LiveSummary>
  );
}

/** The screen switch of Offer mode. */
function OfferScreens({
  tab,
  result,
  stale,
  today,
  bandSets,
  onAddBandSet,
}: {
  tab: ScreenId;
  result: ModelResult | null;
  stale: boolean;
  today: string;
  bandSets: Record<string, BandSet>;
  onAddBandSet: (set: BandSet) => void;
}) {
  switch (tab) {
    case 'offer':
      return <OfferScreen result={result} />;
    case 'refresh':
      return <RefreshScreen />;
    case 'company':
      return <CompanyScreen />;
    case 'market':
      return <MarketScreen bandSets={bandSets} onAddBandSet={onAddBandSet} result={result} />;
    case 'packages':
      return <PackagesScreen result={result} stale={stale} />;
    case 'risk':
      return (
        <RiskScreen
          mode="offer"
          subjectOf={scenarioRiskSubject}
          today={today}
          bandSets={bandSets}
          missInputs={<OfferMissInputs />}
          checkpoints={offerCheckpoints(result)}
        />
      );
    case 'results':
      return result ? (
        <ResultsScreen result={result} stale={stale} />
      ) : (
        <p>No valid inputs yet: fix the fields listed above.</p>
      );
  }
}
