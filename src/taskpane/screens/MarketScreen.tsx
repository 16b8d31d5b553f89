import {
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { BandSet } from '../../model/bands.js';
import { parseBandsCsv } from '../../model/bands-csv.js';
import { formatMoney } from '../../model/format.js';
import type { ModelResult } from '../../model/model.js';
import { PERCENTILES } from '../../model/schema.js';
import { getAt, setAt, type Draft } from '../draft.js';
import { BandBar } from '../components/BandBar.js';
import { CsvImport, CsvPreview } from '../components/CsvImport.js';
import { ListMessage } from '../components/ListMessage.js';
import { ChoiceField, FieldGrid, distinctOptions } from '../components/Fields.js';
import { Section } from '../components/Section.js';
import { useDraft } from '../state.js';
import { bandAge } from '../../model/band-age.js';
import { MAX_LISTED_PROBLEMS } from '../../model/printable.js';
import { localToday } from '../engine.js';

const useStyles = makeStyles({
  checks: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  small: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, margin: 0 },
});

/** The percentiles the offer is compared with (market.compareAt), kept in PERCENTILES order. */
function ComparedPercentiles() {
  const { draft, problems, update } = useDraft();
  const s = useStyles();
  const compareAt = getAt(draft, ['market', 'compareAt']);
  const compared = Array.isArray(compareAt) ? compareAt : [];
  return (
    <Field
      label="Compare the offer with a cash match at"
      validationMessage={problems.get('market.compareAt')}
      validationState={problems.get('market.compareAt') ? 'error' : 'none'}
    >
      <div className={s.checks}>
        {PERCENTILES.map((p) => (
          <Checkbox
            key={p}
            label={p.toUpperCase()}
            checked={compared.includes(p)}
            onChange={(_, d) =>
              update((dr) => {
                const cur = getAt(dr, ['market', 'compareAt']);
                const list = Array.isArray(cur) ? cur : [];
                const next = PERCENTILES.filter((q) =>
                  q === p ? d.checked === true : list.includes(q),
                );
                return setAt(dr, ['market', 'compareAt'], [...next]);
              })
            }
          />
        ))}
      </div>
    </Field>
  );
}

/** Where the offer's base sits in its band: the bar, percentile and compa-ratio, source and age. */
function BandPosition({ result }: { result: ModelResult }) {
  const s = useStyles();
  const band = result.band;
  const age = bandAge(band.row.asOf, localToday());
  return (
    <>
      <BandBar
        band={band.row}
        base={result.scenario.offer.baseSalary}
        percentile={band.percentile}
        currency={result.scenario.currency}
      />
      <p className={s.small} data-testid="band-position">
        Base {formatMoney(result.scenario.offer.baseSalary, result.scenario.currency)} · percentile{' '}
        {band.percentile.toFixed(1)} · compa-ratio {band.compaRatio.toFixed(3)} (base ÷ P50{' '}
        {formatMoney(band.row.values.p50, band.row.currency)})
      </p>
      <p className={s.small}>
        Source: {band.row.source} ({band.row.asOf})
      </p>
      {age.warning ? (
        <ListMessage
          intent="warning"
          testId="band-age"
          title={`Bands ${age.label}`}
          text={age.warning}
        />
      ) : (
        <p className={s.small} data-testid="band-age">
          Bands {age.label}
        </p>
      )}
    </>
  );
}

/**
 * The draft using band set `set`; outside Plan mode, when the set has no row for the offer's
 * role, level and location, the offer's band row becomes the set's first row.
 */
function withBandSet(draft: Draft, set: BandSet, planWide: boolean): Draft {
  let out = setAt(draft, ['market', 'bandSet'], set.name);
  if (planWide) return out;
  const m = (k: string) => getAt(draft, ['market', k]);
  const has = set.rows.some(
    (r) => r.role === m('role') && r.level === m('level') && r.location === m('location'),
  );
  const first = set.rows[0];
  if (!has && first) {
    out = setAt(out, ['market', 'role'], first.role);
    out = setAt(out, ['market', 'level'], first.level);
    out = setAt(out, ['market', 'location'], first.location);
  }
  return out;
}

/** The band CSV import: a good file, once checked, is added and used. */
function BandImport({ onUse }: { onUse: (set: BandSet) => void }) {
  return (
    <Section
      title="Import your bands"
      note="A CSV with the columns role, level, location, currency, p10, p25, p50, p75, p90, source, asOf (e.g. a Pave or Carta export re-headed). A file with any bad line is rejected whole."
    >
      <CsvImport
        fileTestId="bands-file"
        buttonLabel="Import band CSV…"
        read={(text, file) => ({
          file,
          set: parseBandsCsv(text, file.replace(/\.csv$/i, '').trim() || 'imported', file),
        })}
        errorTestId="csv-errors"
        errorTitle={(file) => `${file} was not imported`}
        problemLimit={MAX_LISTED_PROBLEMS}
      >
        {({ file, set }, close) => (
          <CsvPreview
            testId="csv-preview"
            summary={`${file}: ${set.rows.length} band${set.rows.length === 1 ? '' : 's'} read. Check them, then use the set.`}
            tableLabel={`Bands in ${file}`}
            headers={['Role / level / location', 'P50', 'P75', 'P90']}
            rows={set.rows.map((r) => ({
              key: `${r.role}|${r.level}|${r.location}`,
              cells: [
                `${r.role} / ${r.level} / ${r.location}`,
                formatMoney(r.values.p50, r.currency),
                formatMoney(r.values.p75, r.currency),
                formatMoney(r.values.p90, r.currency),
              ],
            }))}
            use={{
              label: `Use “${set.name}”`,
              testId: 'use-bands',
              onClick: () => {
                onUse(set);
                close();
              },
            }}
            onDiscard={close}
          />
        )}
      </CsvImport>
    </Section>
  );
}

/**
 * Market: band set, role/level/location, compared percentiles, CSV import, the band bar.
 * `planWide` (Plan mode): only the plan-wide band set and percentiles — each hire picks its own
 * band row on the Hires screen.
 */
export function MarketScreen({
  bandSets,
  onAddBandSet,
  result,
  planWide = false,
}: {
  bandSets: Readonly<Record<string, BandSet>>;
  onAddBandSet: (set: BandSet) => void;
  result: ModelResult | null;
  planWide?: boolean;
}) {
  const { draft, problems, update } = useDraft();
  const setName = getAt(draft, ['market', 'bandSet']);
  const set = typeof setName === 'string' ? bandSets[setName] : undefined;
  const rows = set?.rows ?? [];
  const marketProblem = problems.get('market');
  const adoptSet = (bs: BandSet) => {
    onAddBandSet(bs);
    update((dr) => withBandSet(dr, bs, planWide));
  };

  return (
    <>
      <Section title="Band">
        <FieldGrid>
          <ChoiceField
            path={['market', 'bandSet']}
            label="Band set"
            wide
            options={distinctOptions(Object.keys(bandSets))}
          />
          {!planWide && (
            <>
              <ChoiceField
                path={['market', 'role']}
                label="Role"
                wide
                options={distinctOptions(rows.map((r) => r.role))}
              />
              <ChoiceField
                path={['market', 'level']}
                label="Level"
                options={distinctOptions(rows.map((r) => r.level))}
              />
              <ChoiceField
                path={['market', 'location']}
                label="Location"
                options={distinctOptions(rows.map((r) => r.location))}
              />
            </>
          )}
        </FieldGrid>
        {marketProblem && (
          <MessageBar intent="error" data-testid="market-problem">
            <MessageBarBody>{marketProblem}</MessageBarBody>
          </MessageBar>
        )}
        <ComparedPercentiles />
        {result && <BandPosition result={result} />}
      </Section>
      <BandImport onUse={adoptSet} />
    </>
  );
}
