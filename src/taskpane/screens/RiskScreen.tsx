import {
  Button,
  Field,
  Input,
  ProgressBar,
  Select,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  createContext,
  memo,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { BandSet } from '../../model/bands.js';
import { PERCENTILES, type Percentile } from '../../model/schema.js';
import type { Draft } from '../draft.js';
import { FieldGrid } from '../components/Fields.js';
import { RunwayHistogram } from '../components/RunwayHistogram.js';
import { Section } from '../components/Section.js';
import { worthSentence } from '../../model/simulation/summary-rows.js';
import type {
  RiskCheckpoint,
  RiskOptions,
  RiskSubject,
  RiskSummary,
  RunwayStatsText,
} from '../risk/protocol.js';
import { useDraft } from '../state.js';
import {
  requestKey,
  riskStore,
  useRiskProgress,
  useRiskRun,
  type RiskRun,
  type RiskStore,
} from '../risk/runner.js';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    alignItems: 'center',
  },
  status: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  table: {
    width: '100%',
    tableLayout: 'fixed',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: 'tabular-nums',
  },
  th: {
    textAlign: 'right',
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  rowHead: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    overflowWrap: 'anywhere',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}`,
  },
  td: {
    textAlign: 'right',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}`,
  },
  first: { width: '40%' },
  worth: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  stale: { opacity: 0.6 },
  control: { width: '100%', minWidth: 0 },
});

/** The Monte Carlo limits of docs/model.md §11 (checked again, authoritatively, in the worker). */
const MAX_PATHS = 1_000_000;
const MAX_SEED = 4_294_967_295;

/** What differs between the modes inside the view: the store of its runs and what is simulated. */
interface RiskModeWords {
  store: RiskStore;
  /** "offer" or "plan": "This offer", "Plan ≥", "this plan …". */
  noun: 'offer' | 'plan';
}
const RiskMode = createContext<RiskModeWords>({ store: riskStore('offer'), noun: 'offer' });
const capital = (w: string) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`;

function wholeNumber(text: string): number | null {
  const t = text.replace(/[,\s_]/g, '');
  return /^\d+$/.test(t) ? Number(t) : null;
}

const pct = (text: string) => `${(Number(text) * 100).toFixed(1)}%`;

/** "20.0%" when every hire has the same miss probability, else "0.0% to 20.0% by hire". */
function missText(hires: RiskSummary['hires']): string {
  const values = hires.map((h) => Number(h.missProbability));
  if (values.length === 0) return pct('0');
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? pct(String(lo)) : `${pct(String(lo))} to ${pct(String(hi))} by hire`;
}

function daysText(d: number | null, R: number): string {
  return d === null ? `> ${R} mo` : d.toLocaleString('en-US');
}

function StatsRow({
  label,
  s,
  R,
  beats,
  testId,
}: {
  label: string;
  s: RunwayStatsText;
  R: number;
  beats?: string;
  testId: string;
}) {
  const st = useStyles();
  return (
    <tr data-testid={testId}>
      <th scope="row" className={st.rowHead}>
        {label}
      </th>
      {(['p10', 'p50', 'p90'] as const).map((q) => (
        <td key={q} className={st.td} data-testid={`${testId}-${q}`}>
          {daysText(s[q], R)}
        </td>
      ))}
      <td className={st.td}>{beats === undefined ? '—' : pct(beats)}</td>
    </tr>
  );
}

/**
 * The progress bar of the run going on: the only part that re-renders on each progress tick. It
 * stays mounted (hidden when idle), so starting a run adds no styles and no layout of new parts.
 */
function RunProgress({ running }: { running: boolean }) {
  const s = useStyles();
  const { done, total } = useRiskProgress(useContext(RiskMode).store);
  return (
    <div style={running ? undefined : { visibility: 'hidden' }}>
      <ProgressBar
        value={running && total > 0 ? done / total : running ? undefined : 0}
        aria-label="Simulation progress"
        aria-hidden={running ? undefined : true}
        data-testid="risk-progress"
      />
      <p className={s.status} data-testid="risk-progress-text">
        {!running
          ? '\u00a0'
          : total > 0
            ? `${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} paths`
            : 'Starting…'}
      </p>
    </div>
  );
}

/** Run, Cancel, progress and the run's messages: re-rendered when a run starts or ends. */
function RunControls({ request, canRun }: { request: RiskRun | null; canRun: boolean }) {
  const s = useStyles();
  const { store } = useContext(RiskMode);
  const risk = useRiskRun(store);
  return (
    <>
      <div className={s.row}>
        <Button
          appearance="primary"
          size="small"
          disabled={!canRun}
          data-testid="risk-run"
          onClick={() => request && store.start(request)}
        >
          {risk.running ? 'Run again' : 'Run simulation'}
        </Button>
        <Button
          size="small"
          disabled={!risk.running}
          data-testid="risk-cancel"
          onClick={store.cancel}
        >
          Cancel
        </Button>
      </div>
      <div aria-live="polite">
        <RunProgress running={risk.running} />
        {!risk.running && risk.cancelled && (
          <p className={s.status} data-testid="risk-cancelled">
            Cancelled{risk.last ? '; the last finished run is shown below' : ''}.
          </p>
        )}
        {risk.error && (
          <ul className={s.status} data-testid="risk-error">
            {risk.error.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}

/** The last finished run (kept while a new one goes), dimmed once the inputs or options change. */
function LastRun({ runKey }: { runKey: string | null }) {
  const s = useStyles();
  const { last, lastKey } = useRiskRun(useContext(RiskMode).store);
  if (!last) return <p className={s.status}>No run yet: press Run simulation.</p>;
  const stale = lastKey !== runKey;
  return (
    <Section
      title="Result"
      note={stale ? 'From earlier inputs or options: run again to update.' : undefined}
    >
      <RiskResult r={last} stale={stale} />
    </Section>
  );
}

/** The result of a run: per checkpoint, the histogram and the P10/P50/P90 table; the worth line. */
const RiskResult = memo(function RiskResult({ r, stale }: { r: RiskSummary; stale: boolean }) {
  const s = useStyles();
  const [ci, setCi] = useState(0);
  const c = r.checkpoints[Math.min(ci, r.checkpoints.length - 1)];
  const w = r.worth;
  return (
    <div className={stale ? s.stale : undefined} data-testid="risk-result">
      <p className={s.status} data-testid="risk-method">
        {r.methodLabel} · miss probability {missText(r.hires)} · {(r.elapsedMs / 1000).toFixed(1)} s
      </p>
      {r.hires.length > 1 && (
        <p className={s.status} data-testid="risk-hire-misses">
          Miss probability by hire:{' '}
          {r.hires.map((h) => `${h.candidate} ${pct(h.missProbability)}`).join(' · ')}
        </p>
      )}
      {w && (
        <p className={s.worth} data-testid="risk-worth">
          {worthSentence(w)}
        </p>
      )}
      {r.checkpoints.length > 1 && (
        <TabList
          size="small"
          selectedValue={String(ci)}
          onTabSelect={(_, d) => setCi(Number(d.value))}
          aria-label="Miss found at"
        >
          {r.checkpoints.map((x, i) => (
            <Tab key={x.month} value={String(i)} data-testid={`risk-checkpoint-${x.month}`}>
              Miss found at month {x.month}
            </Tab>
          ))}
        </TabList>
      )}
      {c && <CheckpointResult r={r} c={c} />}
    </div>
  );
});

/** One checkpoint: the histogram (plan and the P75 cash match) and the P10/P50/P90 table. */
function CheckpointResult({ r, c }: { r: RiskSummary; c: RiskCheckpoint }) {
  const s = useStyles();
  const { noun } = useContext(RiskMode);
  const match: Percentile | undefined = r.compareAt.includes('p75')
    ? 'p75'
    : r.compareAt[Math.floor(r.compareAt.length / 2)];
  const R = r.runwayHorizonMonths;
  return (
    <>
      <RunwayHistogram
        plan={c.histogram.plan}
        market={match ? c.histogram.market[match] : undefined}
        marketLabel={match ? `Cash match ${match.toUpperCase()}` : ''}
        R={R}
        title={`Runway days, miss found at month ${c.month} (day ${c.day})`}
      />
      <table className={s.table} data-testid={`risk-table-${c.month}`}>
        <caption className={s.status} style={{ textAlign: 'left' }}>
          Runway days if a miss is found at month {c.month}
        </caption>
        <colgroup>
          <col className={s.first} />
          <col />
          <col />
          <col />
          <col />
        </colgroup>
        <thead>
          <tr>
            <td />
            {['P10', 'P50', 'P90'].map((q) => (
              <th key={q} scope="col" className={s.th}>
                {q}
              </th>
            ))}
            <th scope="col" className={s.th} title={`chance the ${noun} lasts at least as long`}>
              {capital(noun)} ≥
            </th>
          </tr>
        </thead>
        <tbody>
          <StatsRow label={`This ${noun}`} s={c.plan} R={R} testId={`risk-plan-${c.month}`} />
          {PERCENTILES.filter((p) => r.compareAt.includes(p)).map((p) => (
            <StatsRow
              key={p}
              label={`Cash match ${p.toUpperCase()}`}
              s={c.market[p] as RunwayStatsText}
              R={R}
              beats={c.pBeatsMarket[p]}
              testId={`risk-${p}-${c.month}`}
            />
          ))}
        </tbody>
      </table>
      <p className={s.status}>
        Beyond the {R}-month horizon: this {noun} {pct(c.plan.beyondR)}
        {match ? `, cash match ${match.toUpperCase()} ${pct(c.market[match]?.beyondR ?? '0')}` : ''}
        .
      </p>
    </>
  );
}

/** A whole number typed in a field ("20,000"), checked against its range (as the worker does). */
function useWholeNumber(initial: string, min: number, max: number) {
  const [text, setText] = useState(initial);
  const value = wholeNumber(text);
  const error =
    value === null || value < min || value > max
      ? `must be a whole number from ${min} to ${max === MAX_PATHS ? '1,000,000' : max}, got ${text.trim() || 'nothing'}`
      : undefined;
  return { text, setText, value, error };
}

/** The run's options as typed (method, paths, seed), with the schema's limits checked. */
function useRunOptions() {
  const [method, setMethod] = useState<RiskOptions['method']>('auto');
  const paths = useWholeNumber('20,000', 1, MAX_PATHS);
  const seed = useWholeNumber('1', 0, MAX_SEED);
  const options = useMemo(
    () =>
      paths.value === null || seed.value === null
        ? null
        : { method, paths: paths.value, seed: seed.value },
    [method, paths.value, seed.value],
  );
  return {
    method,
    setMethod,
    paths,
    seed,
    options,
    valid: !!options && !paths.error && !seed.error,
  };
}

function WholeNumberField({
  label,
  hint,
  number,
  testId,
}: {
  label: string;
  hint: string;
  number: ReturnType<typeof useWholeNumber>;
  testId: string;
}) {
  return (
    <Field
      label={label}
      hint={hint}
      validationMessage={number.error}
      validationState={number.error ? 'error' : 'none'}
      style={{ minWidth: 0 }}
    >
      <Input
        className={useStyles().control}
        value={number.text}
        inputMode="numeric"
        data-testid={testId}
        onChange={(_, d) => number.setText(d.value)}
      />
    </Field>
  );
}

/** Method, Paths and Seed. */
function RunOptionFields({ run }: { run: ReturnType<typeof useRunOptions> }) {
  const s = useStyles();
  return (
    <FieldGrid>
      <Field label="Method" style={{ minWidth: 0 }}>
        <Select
          className={s.control}
          value={run.method}
          data-testid="risk-method-select"
          onChange={(_, d) => run.setMethod(d.value as RiskOptions['method'])}
        >
          <option value="auto">Auto (exact when ≤ 16 events)</option>
          <option value="exact">Exact enumeration</option>
          <option value="monte-carlo">Monte Carlo</option>
        </Select>
      </Field>
      <WholeNumberField label="Paths" hint="Monte Carlo" number={run.paths} testId="risk-paths" />
      <WholeNumberField
        label="Seed"
        hint="same seed, same figures"
        number={run.seed}
        testId="risk-seed"
      />
    </FieldGrid>
  );
}

/** The checkpoints and the refill time the runs use (from the Company screen). */
export interface RiskCheckpoints {
  early: number;
  late: number;
  timeToFillDays: number;
}

export interface RiskScreenProps {
  /** Offer mode simulates the one offer, Plan mode the plan: each keeps its own runs. */
  mode: 'offer' | 'plan';
  /** What is simulated, for the draft as it is now (docs/model.md §11). */
  subjectOf: (draft: Draft, bandSets: Readonly<Record<string, BandSet>>) => RiskSubject;
  today: string;
  bandSets: Readonly<Record<string, BandSet>>;
  /** The miss-probability fields of the mode (one offer's, or each template's and hire's). */
  missInputs: ReactNode;
  checkpoints: RiskCheckpoints | null;
}

/**
 * Risk (docs/model.md §11): runway as a range, for one offer or a hiring plan. Each hire may miss
 * (cannot ship), found at the earliest or the latest checkpoint, milestones and the margin gain
 * hit or not; the simulation runs in a Web Worker with progress and Cancel, and the last result
 * stays while a new one runs.
 */
export function RiskScreen(props: RiskScreenProps) {
  const { mode, subjectOf, today, bandSets, checkpoints: cp } = props;
  const s = useStyles();
  const { draft } = useDraft();
  const words = useMemo(() => ({ store: riskStore(mode), noun: mode }), [mode]);
  // A worker ready before the first Run (its start-up is not in the click's task).
  useEffect(() => words.store.warm(), [words]);
  const run = useRunOptions();
  // The request for the inputs as they are now (not the debounced result: Run right after typing
  // uses what was typed). The worker validates them with the engine's schema, as a file.
  const subject = useMemo(() => subjectOf(draft, bandSets), [subjectOf, draft, bandSets]);
  const request = useMemo(
    (): RiskRun | null => (run.options ? { subject, today, options: run.options } : null),
    [subject, today, run.options],
  );
  const key = useMemo(() => (request ? requestKey(request) : null), [request]);
  return (
    <RiskMode.Provider value={words}>
      <Section title="Runway as a range" note={NOTES[mode]}>
        {props.missInputs}
        {cp && (
          <p className={s.status}>
            Checkpoints: month {cp.early} and month {cp.late}; refill after {cp.timeToFillDays} days
            (Company screen).
          </p>
        )}
      </Section>
      <Section title="Run">
        <RunOptionFields run={run} />
        <RunControls request={request} canRun={request !== null && run.valid} />
      </Section>
      <LastRun runKey={key} />
    </RiskMode.Provider>
  );
}

const NOTES = {
  offer:
    'Each path draws whether the hire misses (cannot ship), which milestones they hit and whether their margin gain lands. A miss is found at the checkpoint, the hire is paid through it and leaves, and the seat is refilled after the time to fill.',
  plan: 'Each path draws, for every hire, whether they miss (cannot ship), which milestones they hit and whether their margin gain lands. A miss is found at the checkpoint, the hire is paid through it and leaves, and the seat is refilled after the time to fill.',
} as const;
