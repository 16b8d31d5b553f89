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
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { BandSet } from '../../model/bands.js';
import { InputError } from '../../model/messages.js';
import { parsePlanText, readJson, readModelDocument, runPlan } from '../../model/plan/index.js';
import type { PlanWorkbookHost } from '../../excel/plan-host.js';
import { useActionRunner } from '../action-runner.js';
import { NoticeBar } from '../components/NoticeBar.js';
import { type HostInfo } from '../actions.js';
import { builtInBandSets } from '../bands.js';
import { HiddenFileInput } from '../components/FileInput.js';
import { setAt, toDraft, type Draft } from '../draft.js';
import { localToday } from '../engine.js';
import { downloadFile, fileStem } from '../files.js';
import { problemMap, type Problem } from '../problems.js';
import { CompanyScreen } from '../screens/CompanyScreen.js';
import { MarketScreen } from '../screens/MarketScreen.js';
import { DraftContext, type DraftApi } from '../state.js';
import { HiresScreen } from './HiresScreen.js';
import { PlanResultsScreen } from './PlanResultsScreen.js';
import { TemplatesScreen } from './TemplatesScreen.js';
import { PLAN_SOURCE, type PlanSummary } from './plan-eval.js';
import { defaultPlanDraft, planText } from './plan-draft.js';
import { planScreenOf, type PlanScreenId } from './plan-problems.js';
import { PlanRunner } from './plan-runner.js';

const SCREENS: readonly { id: PlanScreenId; label: string }[] = [
  { id: 'hires', label: 'Hires' },
  { id: 'templates', label: 'Templates' },
  { id: 'company', label: 'Company' },
  { id: 'market', label: 'Market' },
  { id: 'results', label: 'Results' },
];

/** The source name of problems in the pane's own plan (as opposed to a file). */
const CURRENT_INPUTS = 'current plan';
/** Recompute this long after the last keystroke (the engine runs in a worker). */
const DEBOUNCE_MS = 200;

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
  summary: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: 0 },
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

function prefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

function daysVs(d: number): string {
  if (d === 0) return 'same as';
  return `${d > 0 ? '+' : '−'}${Math.abs(d)} day${Math.abs(d) === 1 ? '' : 's'} vs`;
}

/**
 * Plan mode (docs/addin.md): a hiring plan (docs/model.md §10) edited in the pane — the hires
 * list, templates on the single-offer screens, plan-wide company and market — with results from
 * the plan engine in a Web Worker, the plan workbook and every hire's Offer Sheet.
 */
export default function PlanApp({
  host,
  modeSwitch,
}: {
  host: HostInfo | null;
  modeSwitch?: ReactNode;
}) {
  const s = useStyles();
  const today = useMemo(() => localToday(), []);
  const [bandSets, setBandSets] = useState<Record<string, BandSet>>(builtInBandSets);
  const [draft, setDraft] = useState<Draft>(defaultPlanDraft);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const [summary, setSummary] = useState<PlanSummary | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [computing, setComputing] = useState(true);
  const [tab, setTab] = useState<PlanScreenId>('hires');
  const { busy, notice, setNotice, run } = useActionRunner({
    inputsSource: CURRENT_INPUTS,
    fixWhat: 'the plan below',
    yieldFirst: true, // let the spinner paint before main-thread validation and workbook build
  });
  const openInput = useRef<HTMLInputElement>(null);
  const [dark, setDark] = useState(prefersDark);
  useEffect(() => {
    if (host?.kind === 'excel') setDark(host.dark);
  }, [host]);

  // The plan engine, off the main thread. A bad value keeps the last valid result on screen.
  const runner = useRef<PlanRunner | null>(null);
  const [engineWhere, setEngineWhere] = useState<'worker' | 'main thread' | null>(null);
  useEffect(() => {
    const r = new PlanRunner({
      onResult: (ev) => {
        if (ev.ok) {
          setSummary(ev.summary);
          setProblems([]);
        } else setProblems(ev.problems);
      },
      onError: (message) =>
        setNotice({ intent: 'error', title: 'The plan engine failed', lines: [message] }),
      onBusy: setComputing,
    });
    runner.current = r;
    setEngineWhere(r.offMainThread ? 'worker' : 'main thread');
    return () => {
      r.dispose();
      runner.current = null;
    };
  }, [setNotice]);
  const first = useRef(true);
  useEffect(() => {
    const send = () => runner.current?.request(planText(draft), bandSets, today);
    if (first.current) {
      first.current = false;
      send();
      return;
    }
    const t = setTimeout(send, DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [draft, bandSets, today]);

  const api: DraftApi = useMemo(
    () => ({
      draft,
      problems: problemMap(problems),
      set: (path, value) => setDraft((d) => setAt(d, path, value)),
      update: (f) => setDraft(f),
    }),
    [draft, problems],
  );

  /** The plan as it is now, validated and run (for the workbook), or an error saying what to fix. */
  const current = () => {
    const text = planText(draftRef.current);
    try {
      const plan = parsePlanText(text, { today }, PLAN_SOURCE);
      const bands = bandSets[plan.market.bandSet];
      if (!bands)
        throw new InputError(PLAN_SOURCE, [
          `market.bandSet: no band set named "${plan.market.bandSet}" is loaded`,
        ]);
      return { plan, bands, result: runPlan(plan, bands, PLAN_SOURCE), text };
    } catch (err) {
      if (err instanceof InputError) throw new InputError(CURRENT_INPUTS, err.problems);
      throw err;
    }
  };

  const exportXlsx = (offerSheets: boolean) =>
    run(offerSheets ? 'Offer sheets for all hires' : 'Export plan .xlsx', async () => {
      const cur = current();
      const { planWorkbookBytes } = await import(
        /* webpackChunkName: "plan-workbook" */ './plan-workbook.js'
      );
      const bytes = await planWorkbookBytes(cur.plan, cur.result, cur.bands);
      const name = `${fileStem(cur.plan.name, 'plan')}-plan.xlsx`;
      downloadFile(
        name,
        new Blob([bytes as BlobPart], {
          type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        }),
      );
      return {
        intent: 'success',
        title: offerSheets
          ? `Exported ${name}: one Offer Sheet per hire, print areas set — open it and print the workbook`
          : `Exported ${name}`,
      };
    });

  const savePlan = () =>
    run('Save plan', async () => {
      const cur = current();
      const name = `${fileStem(cur.plan.name, 'plan')}.json`;
      downloadFile(name, new Blob([cur.text], { type: 'application/json' }));
      return { intent: 'success', title: `Saved ${name}` };
    });

  const openPlan = (file: File) =>
    run('Open plan', async () => {
      const text = await file.text();
      try {
        const doc = readModelDocument(text, file.name);
        if (doc.schema !== 2)
          return {
            intent: 'error',
            title: `${file.name} is a single-offer scenario (schema 1): open it in Offer mode`,
          };
        parsePlanText(text, { today }, file.name);
        setDraft(toDraft(doc.value));
        return { intent: 'success', title: `Opened ${file.name}` };
      } catch (err) {
        if (err instanceof InputError)
          return {
            intent: 'error',
            title: `${file.name} was not opened; your plan is unchanged`,
            lines: err.problems,
          };
        throw err;
      }
    });

  // Inside Excel: the Office.js side of plans, loaded on demand.
  const excel = host?.kind === 'excel';
  const planHost = useRef<Promise<PlanWorkbookHost> | null>(null);
  const getPlanHost = () => {
    planHost.current ??= import(
      /* webpackChunkName: "plan-excel-host" */ '../../excel/plan-host.js'
    ).then((m) => m.planWorkbookHost());
    return planHost.current;
  };

  const buildInWorkbook = (offerSheets: boolean) =>
    run(offerSheets ? 'Offer sheets for all hires' : 'Build plan in workbook', async () => {
      const cur = current();
      const { planWorkbookPlan, firstOfferSheet } = await import(
        /* webpackChunkName: "plan-workbook" */ './plan-workbook.js'
      );
      const wbPlan = planWorkbookPlan(cur.plan, cur.result, cur.bands);
      const ph = await getPlanHost();
      // The plan document exactly as written (numbers as their decimal text).
      const doc = readJson(cur.text, PLAN_SOURCE) as Record<string, unknown>;
      const report = await ph.buildPlan(wbPlan, doc);
      if (offerSheets) {
        const first = firstOfferSheet(cur.plan);
        await ph.showSheet(first);
        return {
          intent: 'info',
          title: `Every hire's Offer Sheet is in the workbook${first ? ` ("${first}" is selected)` : ''}: print them from Excel (File › Print › Print Entire Workbook, or select the Offer Sheets)`,
        };
      }
      const lines = [
        report.created.length ? `Created: ${report.created.join(', ')}` : '',
        report.updated.length ? `Updated in place: ${report.updated.join(', ')}` : '',
      ].filter(Boolean);
      return { intent: 'success', title: 'Plan written to the workbook; plan saved in it', lines };
    });

  // Inside Excel, once: restore the plan saved in the workbook.
  const restored = useRef(false);
  useEffect(() => {
    if (!excel || restored.current) return;
    restored.current = true;
    void run('Open saved plan', async () => {
      const ph = await getPlanHost();
      const saved = await ph.loadSavedPlan();
      if (!saved) return null;
      setDraft(toDraft(saved.scenario));
      return { intent: 'info', title: 'Restored the plan saved in this workbook' };
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [excel]);

  const counts = new Map<PlanScreenId, number>();
  for (const p of problems)
    counts.set(planScreenOf(p.path), (counts.get(planScreenOf(p.path)) ?? 0) + 1);
  const stale = problems.length > 0;
  const exp = summary?.views.planExpected;
  const p75 = summary?.market.p75;
  const gained = summary?.daysGained.p75;

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <DraftContext.Provider value={api}>
        <div className={s.app}>
          <header className={s.header}>
            <h1 className={s.title}>Offer Runway</h1>
            <span className={s.mode} data-testid="plan-host-mode">
              {host === null
                ? 'Connecting…'
                : host.kind === 'excel'
                  ? 'Excel'
                  : `Standalone (${host.reason})`}
            </span>
          </header>
          {modeSwitch}
          <div className={s.actions} role="toolbar" aria-label="Plan actions">
            {excel && (
              <Button
                size="small"
                appearance="primary"
                disabled={busy !== null}
                onClick={() => void buildInWorkbook(false)}
              >
                Build plan in workbook
              </Button>
            )}
            {!excel && (
              <Button
                size="small"
                appearance="primary"
                disabled={busy !== null}
                onClick={() => void exportXlsx(false)}
                data-testid="plan-export-xlsx"
              >
                Export plan .xlsx
              </Button>
            )}
            <Button
              size="small"
              disabled={busy !== null}
              onClick={() => void (excel ? buildInWorkbook(true) : exportXlsx(true))}
              data-testid="plan-offer-sheets"
            >
              Offer sheets for all hires
            </Button>
            <Button
              size="small"
              disabled={busy !== null}
              onClick={() => void savePlan()}
              data-testid="save-plan"
            >
              Save plan
            </Button>
            <Button
              size="small"
              disabled={busy !== null}
              onClick={() => openInput.current?.click()}
              data-testid="open-plan"
            >
              Open plan…
            </Button>
            <HiddenFileInput
              inputRef={openInput}
              accept=".json,application/json"
              testId="open-plan-file"
              onFile={(f) => void openPlan(f)}
            />
            {busy && <Spinner size="extra-tiny" label={`${busy}…`} data-testid="plan-busy" />}
          </div>
          <NoticeBar
            notice={notice}
            onDismiss={() => setNotice(null)}
            busy={busy !== null}
            testId="plan-notice"
          />
          <p
            className={s.summary}
            data-testid="plan-live-summary"
            data-engine={engineWhere ?? undefined}
          >
            {summary && exp ? (
              <>
                Plan runway (expected):{' '}
                <strong>{exp.days ?? `> ${summary.runwayHorizonMonths} mo`}</strong>
                {exp.days != null && ' days'}
                {p75 && gained != null && ` · ${daysVs(gained)} every hire at P75 cash`}
                {stale && ' · (last valid plan)'}
              </>
            ) : (
              'Computing the plan…'
            )}
            {computing && summary && ' · recomputing…'}
          </p>
          {problems.length > 0 && (
            <MessageBar intent="warning" layout="multiline" data-testid="plan-problems">
              <MessageBarBody>
                <MessageBarTitle>
                  {problems.length === 1 ? '1 input needs' : `${problems.length} inputs need`}{' '}
                  attention; results show the last valid plan
                </MessageBarTitle>
                <ul className={s.list}>
                  {problems.slice(0, 6).map((p) => (
                    <li key={`${p.path}:${p.reason}`}>
                      <button
                        type="button"
                        className={s.linkish}
                        onClick={() => setTab(planScreenOf(p.path))}
                      >
                        {SCREENS.find((x) => x.id === planScreenOf(p.path))?.label}
                      </button>
                      {` · ${p.path}: ${p.reason}`}
                    </li>
                  ))}
                  {problems.length > 6 && <li>…and {problems.length - 6} more</li>}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          <div className={s.tabs}>
            <TabList
              size="small"
              selectedValue={tab}
              onTabSelect={(_, d) => setTab(d.value as PlanScreenId)}
              aria-label="Plan screens"
            >
              {SCREENS.map((x) => (
                <Tab
                  key={x.id}
                  value={x.id}
                  id={`plan-tab-${x.id}`}
                  aria-controls={`plan-panel-${x.id}`}
                  data-testid={`plan-tab-${x.id}`}
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
            id={`plan-panel-${tab}`}
            aria-labelledby={`plan-tab-${tab}`}
          >
            {tab === 'hires' && <HiresScreen bandSets={bandSets} today={today} />}
            {tab === 'templates' && <TemplatesScreen />}
            {tab === 'company' && <CompanyScreen />}
            {tab === 'market' && (
              <MarketScreen
                bandSets={bandSets}
                onAddBandSet={(set) => setBandSets((b) => ({ ...b, [set.name]: set }))}
                result={null}
                planWide
              />
            )}
            {tab === 'results' &&
              (summary ? (
                <PlanResultsScreen summary={summary} stale={stale} />
              ) : computing ? (
                <Spinner size="small" label="Computing the plan…" />
              ) : (
                <p>No valid plan yet: fix the fields listed above.</p>
              ))}
          </main>
        </div>
      </DraftContext.Provider>
    </FluentProvider>
  );
}
