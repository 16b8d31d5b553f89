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
import { memo, useEffect, useMemo, useState } from 'react';
import { findBand, type BandSet } from '../../model/bands.js';
import type { ModelResult } from '../../model/model.js';
import { PERCENTILES, type Percentile } from '../../model/schema.js';
import { getAt, stringifyDraft } from '../draft.js';
import { FieldGrid, NumberField } from '../components/Fields.js';
import { RunwayHistogram } from '../components/RunwayHistogram.js';
import { Section } from '../components/Section.js';
import type { RiskOptions, RiskRequest, RiskSummary, RunwayStatsText } from '../risk/protocol.js';
import { useDraft } from '../state.js';
import {
  cancelRisk,
  requestKey,
  startRisk,
  useRisk,
  useRiskProgress,
  warmRisk,
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

function wholeNumber(text: string): number | null {
  const t = text.replace(/[,\s_]/g, '');
  return /^\d+$/.test(t) ? Number(t) : null;
}

const pct = (text: string) => `${(Number(text) * 100).toFixed(1)}%`;

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
  const { done, total } = useRiskProgress();
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
function RunControls({
  request,
  canRun,
}: {
  request: Omit<RiskRequest, 'type' | 'id'> | null;
  canRun: boolean;
}) {
  const s = useStyles();
  const risk = useRisk();
  return (
    <>
      <div className={s.row}>
        <Button
          appearance="primary"
          size="small"
          disabled={!canRun}
          data-testid="risk-run"
          onClick={() => request && startRisk(request)}
        >
          {risk.running ? 'Run again' : 'Run simulation'}
        </Button>
        <Button
          size="small"
          disabled={!risk.running}
          data-testid="risk-cancel"
          onClick={cancelRisk}
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
  const { last, lastKey } = useRisk();
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
  const match: Percentile | undefined = r.compareAt.includes('p75')
    ? 'p75'
    : r.compareAt[Math.floor(r.compareAt.length / 2)];
  const R = r.runwayHorizonMonths;
  const w = r.worth;
  const signedDays = (n: number | null) =>
    n === null
      ? 'nothing measurable (beyond the horizon)'
      : `${n > 0 ? '+' : n < 0 ? '−' : ''}${Math.abs(n)} day${Math.abs(n) === 1 ? '' : 's'}`;
  return (
    <div className={stale ? s.stale : undefined} data-testid="risk-result">
      <p className={s.status} data-testid="risk-method">
        {r.methodLabel} · miss probability {pct(r.missProbability)} ·{' '}
        {(r.elapsedMs / 1000).toFixed(1)} s
      </p>
      {w && (
        <p className={s.worth} data-testid="risk-worth">
          A day-{r.checkpoints[0]?.day} checkpoint (month {w.early}) instead of month {w.late} is
          worth {signedDays(w.p50)} of runway at the median and {signedDays(w.p10)} at P10.
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
      {c && (
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
                <th scope="col" className={s.th}>
                  P10
                </th>
                <th scope="col" className={s.th}>
                  P50
                </th>
                <th scope="col" className={s.th}>
                  P90
                </th>
                <th scope="col" className={s.th} title="chance the offer lasts at least as long">
                  Offer ≥
                </th>
              </tr>
            </thead>
            <tbody>
              <StatsRow label="This offer" s={c.plan} R={R} testId={`risk-plan-${c.month}`} />
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
            Beyond the {R}-month horizon: this offer {pct(c.plan.beyondR)}
            {match
              ? `, cash match ${match.toUpperCase()} ${pct(c.market[match]?.beyondR ?? '0')}`
              : ''}
            .
          </p>
        </>
      )}
    </div>
  );
});

/**
 * Risk (docs/model.md §11): runway as a range. The hire may miss (cannot ship), found at the
 * earliest or the latest checkpoint, milestones and the margin gain hit or not; the simulation
 * runs in a Web Worker with progress and Cancel, and the last result stays while a new one runs.
 */
export function RiskScreen({
  result,
  today,
  bandSets,
}: {
  result: ModelResult | null;
  today: string;
  bandSets: Readonly<Record<string, BandSet>>;
}) {
  const s = useStyles();
  const { draft } = useDraft();
  // A worker ready before the first Run (its start-up is not in the click's task).
  useEffect(() => warmRisk(), []);
  const [method, setMethod] = useState<RiskOptions['method']>('auto');
  const [pathsText, setPathsText] = useState('20,000');
  const [seedText, setSeedText] = useState('1');
  const paths = wholeNumber(pathsText);
  const seed = wholeNumber(seedText);
  const pathsError =
    paths === null || paths < 1 || paths > MAX_PATHS
      ? `must be a whole number from 1 to 1,000,000, got ${pathsText.trim() || 'nothing'}`
      : undefined;
  const seedError =
    seed === null || seed > MAX_SEED
      ? `must be a whole number from 0 to ${MAX_SEED}, got ${seedText.trim() || 'nothing'}`
      : undefined;

  // The request for the inputs as they are now (not the debounced result: Run right after typing
  // uses what was typed). The worker validates them with the engine's schema, as a file.
  const request = useMemo((): Omit<RiskRequest, 'type' | 'id'> | null => {
    if (paths === null || seed === null) return null;
    const str = (path: string[]) => {
      const v = getAt(draft, path);
      return typeof v === 'string' ? v : '';
    };
    const bandSet = str(['market', 'bandSet']);
    const set = bandSets[bandSet];
    const b = set
      ? findBand(
          set,
          str(['market', 'role']),
          str(['market', 'level']),
          str(['market', 'location']),
        )
      : null;
    return {
      scenarioText: stringifyDraft(draft),
      today,
      bandSet,
      band: b && {
        role: b.role,
        level: b.level,
        location: b.location,
        currency: b.currency,
        values: Object.fromEntries(PERCENTILES.map((p) => [p, b.values[p].toString()])) as Record<
          Percentile,
          string
        >,
        source: b.source,
        asOf: b.asOf,
      },
      options: { method, paths, seed },
    };
  }, [draft, bandSets, today, method, paths, seed]);
  const key = useMemo(() => (request ? requestKey(request) : null), [request]);
  const canRun = request !== null && !pathsError && !seedError;
  const sc = result?.scenario;

  return (
    <>
      <Section
        title="Runway as a range"
        note="Each path draws whether the hire misses (cannot ship), which milestones they hit and whether their margin gain lands. A miss is found at the checkpoint, the hire is paid through it and leaves, and the seat is refilled after the time to fill."
      >
        <FieldGrid>
          <NumberField
            path={['offer', 'missProbability']}
            label="Chance this hire misses"
            kind="percent"
            testId="miss-probability"
            hint="cannot ship; 0 % by default"
          />
        </FieldGrid>
        {sc && (
          <p className={s.status}>
            Checkpoints: month {Math.min(...sc.missCost.detectAtMonths)} and month{' '}
            {Math.max(...sc.missCost.detectAtMonths)}; refill after {sc.missCost.timeToFillDays}{' '}
            days (Company screen).
          </p>
        )}
      </Section>
      <Section title="Run">
        <FieldGrid>
          <Field label="Method" style={{ minWidth: 0 }}>
            <Select
              className={s.control}
              value={method}
              data-testid="risk-method-select"
              onChange={(_, d) => setMethod(d.value as RiskOptions['method'])}
            >
              <option value="auto">Auto (exact when ≤ 16 events)</option>
              <option value="exact">Exact enumeration</option>
              <option value="monte-carlo">Monte Carlo</option>
            </Select>
          </Field>
          <Field
            label="Paths"
            hint="Monte Carlo"
            validationMessage={pathsError}
            validationState={pathsError ? 'error' : 'none'}
            style={{ minWidth: 0 }}
          >
            <Input
              className={s.control}
              value={pathsText}
              inputMode="numeric"
              data-testid="risk-paths"
              onChange={(_, d) => setPathsText(d.value)}
            />
          </Field>
          <Field
            label="Seed"
            hint="same seed, same figures"
            validationMessage={seedError}
            validationState={seedError ? 'error' : 'none'}
            style={{ minWidth: 0 }}
          >
            <Input
              className={s.control}
              value={seedText}
              inputMode="numeric"
              data-testid="risk-seed"
              onChange={(_, d) => setSeedText(d.value)}
            />
          </Field>
        </FieldGrid>
        <RunControls request={request} canRun={canRun} />
      </Section>
      <LastRun runKey={key} />
    </>
  );
}
