import { Button } from '@fluentui/react-components';
import { useState } from 'react';
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
  SaveOpenButtons,
  daysVs,
  modeTabs,
  type ModeFrame,
  type ToolbarProps,
} from './shell/PaneShell.js';
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
  const [tab, setTab] = useState<ScreenId>('offer');
  const actions = frame.host?.kind === 'excel' ? frame.host.actions : null;
  const workbook = useOfferWorkbook(ctx, actions);
  const stale = problems.length > 0;
  return (
    <PaneShell
      {...frame}
      mode="offer"
      hostTitle="Export, save and open work here; building the model in a live workbook needs Excel."
      toolbar={
        <OfferToolbar
          files={offerFileActions(ctx)}
          workbook={actions && workbook}
          busy={pane.runner.busy}
        />
      }
      pane={pane}
      summary={result && <OfferSummary result={result} stale={stale} />}
      problems={problems}
      tabs={TABS}
      tab={tab}
      onTab={(id) => {
        // Leaving a screen settles its last edit at once (no wait for the debounce).
        recompute(draftRef.current, bandSets, true);
        setTab(id);
      }}
    >
      <OfferScreens
        tab={tab}
        result={result}
        stale={stale}
        today={today}
        bandSets={bandSets}
        onAddBandSet={pane.addBandSet}
      />
    </PaneShell>
  );
}

/** Offer mode's buttons: the workbook's inside Excel, then export, save and open. */
function OfferToolbar({
  files,
  workbook,
  busy,
}: ToolbarProps<ReturnType<typeof offerFileActions>, ReturnType<typeof useOfferWorkbook>>) {
  const idle = busy === null;
  return (
    <>
      {workbook && (
        <>
          <Button
            size="small"
            appearance="primary"
            disabled={!idle}
            onClick={workbook.buildInWorkbook}
          >
            Build model in workbook
          </Button>
          <Button size="small" disabled={!idle} onClick={workbook.updateFromWorkbook}>
            Update from workbook
          </Button>
          <Button size="small" disabled={!idle} onClick={workbook.offerSheet}>
            Offer sheet
          </Button>
        </>
      )}
      <Button
        size="small"
        appearance={workbook ? 'secondary' : 'primary'}
        disabled={!idle}
        onClick={files.exportXlsx}
        data-testid="export-xlsx"
      >
        Export .xlsx
      </Button>
      <SaveOpenButtons
        noun="scenario"
        busy={busy}
        onSave={() => void files.saveScenario()}
        onOpen={(f) => void files.openScenario(f)}
      />
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
