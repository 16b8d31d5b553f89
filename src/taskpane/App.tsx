import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import {
  startTransition,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { BandSet } from '../model/bands.js';
import type { ModelResult } from '../model/model.js';
import { InputError } from '../model/messages.js';
import { daysGained } from '../model/runway.js';
import { parseScenarioText, scenarioToInput } from '../model/scenario.js';
import { useActionRunner } from './action-runner.js';
import { NoticeBar } from './components/NoticeBar.js';
import { type HostInfo } from './actions.js';
import { builtInBandSets } from './bands.js';
import { defaultDraft } from './defaults.js';
import { setAt, stringifyDraft, toDraft, type Draft } from './draft.js';
import { evaluate, localToday } from './engine.js';
import { downloadFile, fileStem } from './files.js';
import { recomputeDelay } from './recompute-delay.js';
import { problemMap, screenOf, type Problem, type ScreenId } from './problems.js';
import { DraftContext, type DraftApi } from './state.js';
import { CompanyScreen } from './screens/CompanyScreen.js';
import { MarketScreen } from './screens/MarketScreen.js';
import { OfferScreen } from './screens/OfferScreen.js';
import { RefreshScreen } from './screens/RefreshScreen.js';
import { ResultsScreen } from './screens/ResultsScreen.js';
import { PackagesScreen, RiskScreen } from './screens/lazy.js';
import { HiddenFileInput } from './components/FileInput.js';

const SCREENS: readonly { id: ScreenId; label: string }[] = [
  { id: 'offer', label: 'Offer' },
  { id: 'refresh', label: 'Refresh' },
  { id: 'company', label: 'Company' },
  { id: 'market', label: 'Market' },
  { id: 'packages', label: 'Packages' },
  { id: 'results', label: 'Results' },
  { id: 'risk', label: 'Risk' },
];

/** The source name of problems in the pane's own inputs (as opposed to a file or the sheet). */
const CURRENT_INPUTS = 'current inputs';

const useStyles = makeStyles({
  app: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  header: {
    display: 'flex',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
  },
  mode: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  summary: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    margin: 0,
  },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`, overflowX: 'auto' },
  panel: { paddingTop: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  linkish: {
    background: 'none',
    border: 'none',
    padding: 0,
    color: tokens.colorBrandForegroundLink,
    textDecoration: 'underline',
    cursor: 'pointer',
    font: 'inherit',
  },
});

/** "+12 days vs", "−3 days vs", "same as". */
function daysVs(d: number): string {
  if (d === 0) return 'same as';
  return `${d > 0 ? '+' : '−'}${Math.abs(d)} day${Math.abs(d) === 1 ? '' : 's'} vs`;
}

function prefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

/** The task pane. `host` is null while Office is still being asked where we run. */
export function App({ host, modeSwitch }: { host: HostInfo | null; modeSwitch?: ReactNode }) {
  const s = useStyles();
  const today = useMemo(() => localToday(), []);
  const [bandSets, setBandSets] = useState<Record<string, BandSet>>(builtInBandSets);
  const [draft, setDraft] = useState<Draft>(defaultDraft);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const [first] = useState(() => evaluate(draft, bandSets, today));
  const [result, setResult] = useState<ModelResult | null>(first.ok ? first.result : null);
  const [problems, setProblems] = useState<Problem[]>(first.ok ? [] : first.problems);
  const [tab, setTab] = useState<ScreenId>('offer');
  const { busy, notice, setNotice, run } = useActionRunner({
    inputsSource: CURRENT_INPUTS,
    fixWhat: 'the inputs below',
  });
  const openInput = useRef<HTMLInputElement>(null);
  const [dark, setDark] = useState(prefersDark);

  useEffect(() => {
    if (host?.kind === 'excel') setDark(host.dark);
  }, [host]);

  // Live recompute, debounced. A bad value keeps the last valid result on screen.
  const evaluated = useRef<{ draft: Draft; bandSets: Record<string, BandSet> } | null>(null);
  const recompute = useCallback(
    (d: Draft, sets: Record<string, BandSet>, urgent = false) => {
      const last = evaluated.current;
      if (last && last.draft === d && last.bandSets === sets) return;
      evaluated.current = { draft: d, bandSets: sets };
      const started = performance.now();
      const ev = evaluate(d, sets, today);
      lastRunMs.current = performance.now() - started;
      const show = () => {
        if (ev.ok) {
          setResult(ev.result);
          setProblems([]);
        } else setProblems(ev.problems);
      };
      // A transition: rendering the results never holds up the next keystroke. Leaving a screen
      // is urgent: the next screen must show the settled figures at once.
      if (urgent) show();
      else startTransition(show);
    },
    [today],
  );
  const lastRunMs = useRef(0);
  useEffect(() => {
    const t = setTimeout(() => recompute(draft, bandSets), recomputeDelay(lastRunMs.current));
    return () => clearTimeout(t);
  }, [draft, bandSets, recompute]);

  const api: DraftApi = useMemo(
    () => ({
      draft,
      problems: problemMap(problems),
      set: (path, value) => setDraft((d) => setAt(d, path, value)),
      update: (f) => setDraft(f),
    }),
    [draft, problems],
  );

  /** The current inputs, validated now (not the debounced result), or a notice saying what to fix. */
  const current = () => {
    const ev = evaluate(draftRef.current, bandSets, today);
    if (!ev.ok)
      throw new InputError(
        CURRENT_INPUTS,
        ev.problems.map((p) => `${p.path}: ${p.reason}`),
      );
    return ev;
  };

  const exportXlsx = () =>
    run('Export .xlsx', async () => {
      const ev = current();
      const { workbookBytes } = await import(
        /* webpackChunkName: "export-xlsx" */ './export-xlsx.js'
      );
      const bytes = await workbookBytes(ev.result, bandSets[ev.scenario.market.bandSet]);
      const name = `${fileStem(ev.scenario.offer.candidate, 'offer')}-offer-runway.xlsx`;
      downloadFile(
        name,
        new Blob([bytes as BlobPart], {
          type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        }),
      );
      return { intent: 'success', title: `Exported ${name}` };
    });

  const saveScenario = () =>
    run('Save scenario', async () => {
      const ev = current();
      const text = `${stringifyDraft(toDraft(scenarioToInput(ev.scenario)))}\n`;
      const name = `${fileStem(ev.scenario.name, 'scenario')}.json`;
      downloadFile(name, new Blob([text], { type: 'application/json' }));
      return { intent: 'success', title: `Saved ${name}` };
    });

  const openScenario = (file: File) =>
    run('Open scenario', async () => {
      const text = await file.text();
      try {
        const scenario = parseScenarioText(text, { today }, file.name);
        setDraft(toDraft(scenarioToInput(scenario)));
        return { intent: 'success', title: `Opened ${file.name}` };
      } catch (err) {
        if (err instanceof InputError)
          return {
            intent: 'error',
            title: `${file.name} was not opened; your inputs are unchanged`,
            lines: err.problems,
          };
        throw err;
      }
    });

  const actions = host?.kind === 'excel' ? host.actions : null;
  const buildInWorkbook = () =>
    run('Build model in workbook', async () => {
      if (!actions) return null;
      const ev = current();
      const report = await actions.buildModel(ev.result, bandSets[ev.scenario.market.bandSet]);
      const lines = [
        report.created.length ? `Created: ${report.created.join(', ')}` : '',
        report.updated.length ? `Updated in place: ${report.updated.join(', ')}` : '',
        ...report.renamed.map((r) => `Renamed the sheet "${r.from}" back to "${r.to}"`),
      ].filter(Boolean);
      return {
        intent: 'success',
        // Office's settings.saveAsync stores the scenario in the document: it is kept when the
        // workbook itself is saved, not before.
        title:
          'Model written to the workbook; the scenario is kept in it when you save the workbook',
        lines,
      };
    });
  const updateFromWorkbook = () =>
    run('Update from workbook', async () => {
      if (!actions) return null;
      const input = await actions.readInputs({ today });
      setDraft(toDraft(input));
      return { intent: 'success', title: 'Inputs read from the Inputs sheet' };
    });
  const offerSheet = () =>
    run('Offer sheet', async () => {
      if (!actions) return null;
      await actions.showOfferSheet();
      return {
        intent: 'info',
        title: 'Offer Sheet selected: print it or save it as PDF from Excel (File › Print)',
      };
    });

  // Inside Excel, once: restore the scenario saved in the workbook and check the model sheets.
  const restoreSaved = () => {
    if (!actions) return;
    void run('Open saved scenario', async () => {
      const saved = await actions.loadSaved();
      if (saved == null) return null;
      const restored = toDraft(saved.scenario);
      setDraft(restored);
      const title = `Restored the scenario saved in this workbook${saved.migratedFrom ? ` (updated from schema ${saved.migratedFrom})` : ''}`;
      const ev = evaluate(restored, bandSets, today);
      if (!ev.ok) return { intent: 'info', title };
      const health = await actions.checkModel(ev.result, bandSets[ev.scenario.market.bandSet]);
      if (health.ok) return { intent: 'info', title };
      return {
        intent: 'warning',
        title: `${title}. The model sheets need a rebuild`,
        lines: health.problems,
        action: { label: 'Rebuild', run: () => void buildInWorkbook() },
      };
    });
  };
  const restoreRef = useRef(restoreSaved);
  restoreRef.current = restoreSaved;
  useEffect(() => restoreRef.current(), [actions]);

  const counts = new Map<ScreenId, number>();
  for (const p of problems) counts.set(screenOf(p.path), (counts.get(screenOf(p.path)) ?? 0) + 1);
  // Dim the results only when they are older than a bad input (not for the 0.2 s of typing).
  const stale = problems.length > 0;
  const exp = result?.views.offerExpected.runway;
  const p75 = result?.market.p75?.runway;

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <DraftContext.Provider value={api}>
        <div className={s.app}>
          <header className={s.header}>
            <h1 className={s.title}>Offer Runway</h1>
            <span
              className={s.mode}
              data-testid="host-mode"
              title={
                host?.kind === 'standalone'
                  ? 'Export, save and open work here; building the model in a live workbook needs Excel.'
                  : undefined
              }
            >
              {host === null
                ? 'Connecting…'
                : host.kind === 'excel'
                  ? 'Excel'
                  : `Standalone (${host.reason})`}
            </span>
          </header>
          {modeSwitch}
          <div className={s.actions} role="toolbar" aria-label="Actions">
            {actions && (
              <>
                <Button
                  size="small"
                  appearance="primary"
                  disabled={busy !== null}
                  onClick={buildInWorkbook}
                >
                  Build model in workbook
                </Button>
                <Button size="small" disabled={busy !== null} onClick={updateFromWorkbook}>
                  Update from workbook
                </Button>
                <Button size="small" disabled={busy !== null} onClick={offerSheet}>
                  Offer sheet
                </Button>
              </>
            )}
            <Button
              size="small"
              appearance={actions ? 'secondary' : 'primary'}
              disabled={busy !== null}
              onClick={exportXlsx}
              data-testid="export-xlsx"
            >
              Export .xlsx
            </Button>
            <Button
              size="small"
              disabled={busy !== null}
              onClick={saveScenario}
              data-testid="save-scenario"
            >
              Save scenario
            </Button>
            <Button
              size="small"
              disabled={busy !== null}
              onClick={() => openInput.current?.click()}
              data-testid="open-scenario"
            >
              Open scenario…
            </Button>
            <HiddenFileInput
              inputRef={openInput}
              accept=".json,application/json"
              testId="open-scenario-file"
              onFile={(f) => void openScenario(f)}
            />
            {busy && <Spinner size="extra-tiny" label={`${busy}…`} data-testid="busy" />}
          </div>
          <NoticeBar
            notice={notice}
            onDismiss={() => setNotice(null)}
            busy={busy !== null}
            testId="notice"
          />
          {result && exp && (
            <p className={s.summary} data-testid="live-summary">
              Runway with this offer (expected):{' '}
              <strong>{exp.days ?? `> ${result.scenario.runwayHorizonMonths} mo`}</strong>
              {exp.days != null && ' days'}
              {p75 &&
                exp.days != null &&
                p75.days != null &&
                ` · ${daysVs(daysGained(exp.days, p75.days) as number)} a P75 cash match`}
              {stale && ' · (last valid inputs)'}
            </p>
          )}
          {problems.length > 0 && (
            <MessageBar intent="warning" layout="multiline" data-testid="problems">
              <MessageBarBody>
                <MessageBarTitle>
                  {problems.length === 1 ? '1 input needs' : `${problems.length} inputs need`}{' '}
                  attention; results show the last valid inputs
                </MessageBarTitle>
                <ul className={s.list}>
                  {problems.slice(0, 6).map((p) => (
                    <li key={`${p.path}:${p.reason}`}>
                      <button
                        type="button"
                        className={s.linkish}
                        onClick={() => setTab(screenOf(p.path))}
                      >
                        {SCREENS.find((x) => x.id === screenOf(p.path))?.label}
                      </button>
                      {` · ${p.path}: ${p.reason}`}
                    </li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          <div className={s.tabs}>
            <TabList
              size="small"
              selectedValue={tab}
              onTabSelect={(_, d) => {
                // Leaving a screen settles its last edit at once (no wait for the debounce).
                recompute(draftRef.current, bandSets, true);
                setTab(d.value as ScreenId);
              }}
              aria-label="Screens"
            >
              {SCREENS.map((x) => (
                <Tab
                  key={x.id}
                  value={x.id}
                  id={`tab-${x.id}`}
                  aria-controls={`panel-${x.id}`}
                  data-testid={`tab-${x.id}`}
                >
                  {x.label}
                  {counts.get(x.id) ? ` (${counts.get(x.id)})` : ''}
                </Tab>
              ))}
            </TabList>
          </div>
          <main
            className={s.panel}
            role="tabpanel"
            id={`panel-${tab}`}
            aria-labelledby={`tab-${tab}`}
          >
            {tab === 'offer' && <OfferScreen result={result} />}
            {tab === 'refresh' && <RefreshScreen />}
            {tab === 'company' && <CompanyScreen />}
            {tab === 'market' && (
              <MarketScreen
                bandSets={bandSets}
                onAddBandSet={(set) => setBandSets((b) => ({ ...b, [set.name]: set }))}
                result={result}
              />
            )}
            {tab === 'packages' && <PackagesScreen result={result} stale={stale} />}
            {tab === 'risk' && <RiskScreen result={result} today={today} bandSets={bandSets} />}
            {tab === 'results' &&
              (result ? (
                <ResultsScreen result={result} stale={stale} />
              ) : (
                <p>No valid inputs yet: fix the fields listed above.</p>
              ))}
          </main>
        </div>
      </DraftContext.Provider>
    </FluentProvider>
  );
}
