import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { BandSet } from '../../model/bands.js';
import { parseBandsCsv } from '../../model/bands-csv.js';
import { formatMoney } from '../../model/format.js';
import { InputError } from '../../model/messages.js';
import type { ModelResult } from '../../model/model.js';
import { PERCENTILES } from '../../model/schema.js';
import { getAt, setAt } from '../draft.js';
import { BandBar } from '../components/BandBar.js';
import { ChoiceField, FieldGrid } from '../components/Fields.js';
import { Section } from '../components/Section.js';
import { useDraft } from '../state.js';
import { readableError } from '../actions.js';
import { HiddenFileInput } from '../components/FileInput.js';
import { bandAge } from '../../model/band-age.js';
import { MAX_LISTED_PROBLEMS } from '../../model/printable.js';
import { localToday } from '../engine.js';

const useStyles = makeStyles({
  checks: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  tableWrap: { overflowX: 'auto', maxWidth: '100%' },
  small: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, margin: 0 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type Pending =
  | { kind: 'ok'; file: string; set: BandSet }
  | { kind: 'error'; file: string; problems: readonly string[] };

const distinct = (xs: string[]) => [...new Set(xs)].map((x) => ({ value: x, label: x }));

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
  const s = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const setName = getAt(draft, ['market', 'bandSet']);
  const set = typeof setName === 'string' ? bandSets[setName] : undefined;
  const rows = set?.rows ?? [];
  const compareAt = getAt(draft, ['market', 'compareAt']);
  const compared = Array.isArray(compareAt) ? compareAt : [];
  const marketProblem = problems.get('market');

  const readCsv = async (file: File) => {
    const name = file.name.replace(/\.csv$/i, '').trim() || 'imported';
    try {
      const text = await file.text();
      setPending({ kind: 'ok', file: file.name, set: parseBandsCsv(text, name, file.name) });
    } catch (err) {
      setPending({
        kind: 'error',
        file: file.name,
        problems: err instanceof InputError ? err.problems : [readableError(err)],
      });
    }
  };

  const applySet = (bs: BandSet) => {
    onAddBandSet(bs);
    update((dr) => {
      let out = setAt(dr, ['market', 'bandSet'], bs.name);
      if (planWide) return out;
      const m = (k: string) => getAt(dr, ['market', k]);
      const has = bs.rows.some(
        (r) => r.role === m('role') && r.level === m('level') && r.location === m('location'),
      );
      const first = bs.rows[0];
      if (!has && first) {
        out = setAt(out, ['market', 'role'], first.role);
        out = setAt(out, ['market', 'level'], first.level);
        out = setAt(out, ['market', 'location'], first.location);
      }
      return out;
    });
    setPending(null);
  };

  const band = result?.band;
  return (
    <>
      <Section title="Band">
        <FieldGrid>
          <ChoiceField
            path={['market', 'bandSet']}
            label="Band set"
            wide
            options={Object.keys(bandSets).map((k) => ({ value: k, label: k }))}
          />
          {!planWide && (
            <>
              <ChoiceField
                path={['market', 'role']}
                label="Role"
                wide
                options={distinct(rows.map((r) => r.role))}
              />
              <ChoiceField
                path={['market', 'level']}
                label="Level"
                options={distinct(rows.map((r) => r.level))}
              />
              <ChoiceField
                path={['market', 'location']}
                label="Location"
                options={distinct(rows.map((r) => r.location))}
              />
            </>
          )}
        </FieldGrid>
        {marketProblem && (
          <MessageBar intent="error" data-testid="market-problem">
            <MessageBarBody>{marketProblem}</MessageBarBody>
          </MessageBar>
        )}
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
        {band && (
          <>
            <BandBar
              band={band.row}
              base={result.scenario.offer.baseSalary}
              percentile={band.percentile}
              currency={result.scenario.currency}
            />
            <p className={s.small} data-testid="band-position">
              Base {formatMoney(result.scenario.offer.baseSalary, result.scenario.currency)} ·
              percentile {band.percentile.toFixed(1)} · compa-ratio {band.compaRatio.toFixed(3)}{' '}
              (base ÷ P50 {formatMoney(band.row.values.p50, band.row.currency)})
            </p>
            <p className={s.small}>
              Source: {band.row.source} ({band.row.asOf})
            </p>
            {(() => {
              const age = bandAge(band.row.asOf, localToday());
              return age.warning ? (
                <MessageBar intent="warning" layout="multiline" data-testid="band-age">
                  <MessageBarBody>
                    <MessageBarTitle>Bands {age.label}</MessageBarTitle>
                    {age.warning}
                  </MessageBarBody>
                </MessageBar>
              ) : (
                <p className={s.small} data-testid="band-age">
                  Bands {age.label}
                </p>
              );
            })()}
          </>
        )}
      </Section>
      <Section
        title="Import your bands"
        note="A CSV with the columns role, level, location, currency, p10, p25, p50, p75, p90, source, asOf (e.g. a Pave or Carta export re-headed). A file with any bad line is rejected whole."
      >
        <HiddenFileInput
          inputRef={fileInput}
          accept=".csv,text/csv"
          testId="bands-file"
          onFile={(f) => void readCsv(f)}
        />
        <div>
          <Button onClick={() => fileInput.current?.click()}>Import band CSV…</Button>
        </div>
        {pending?.kind === 'error' && (
          <MessageBar intent="error" layout="multiline" data-testid="csv-errors">
            <MessageBarBody>
              <MessageBarTitle>{pending.file} was not imported</MessageBarTitle>
              <ul className={s.problems}>
                {pending.problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => (
                  <li key={p}>{p}</li>
                ))}
                {pending.problems.length > MAX_LISTED_PROBLEMS && (
                  <li>… and {pending.problems.length - MAX_LISTED_PROBLEMS} more problems</li>
                )}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        {pending?.kind === 'ok' && (
          <div data-testid="csv-preview">
            <p className={s.small}>
              {pending.file}: {pending.set.rows.length} band
              {pending.set.rows.length === 1 ? '' : 's'} read. Check them, then use the set.
            </p>
            <div className={s.tableWrap}>
              <Table size="extra-small" aria-label={`Bands in ${pending.file}`}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>Role / level / location</TableHeaderCell>
                    <TableHeaderCell>P50</TableHeaderCell>
                    <TableHeaderCell>P75</TableHeaderCell>
                    <TableHeaderCell>P90</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {pending.set.rows.slice(0, 20).map((r) => (
                    <TableRow key={`${r.role}|${r.level}|${r.location}`}>
                      <TableCell>
                        {r.role} / {r.level} / {r.location}
                      </TableCell>
                      <TableCell>{formatMoney(r.values.p50, r.currency)}</TableCell>
                      <TableCell>{formatMoney(r.values.p75, r.currency)}</TableCell>
                      <TableCell>{formatMoney(r.values.p90, r.currency)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
            {pending.set.rows.length > 20 && (
              <p className={s.small}>…and {pending.set.rows.length - 20} more.</p>
            )}
            <div
              style={{
                display: 'flex',
                gap: tokens.spacingHorizontalS,
                marginTop: tokens.spacingVerticalS,
              }}
            >
              <Button
                appearance="primary"
                onClick={() => applySet(pending.set)}
                data-testid="use-bands"
              >
                Use “{pending.set.name}”
              </Button>
              <Button onClick={() => setPending(null)}>Discard</Button>
            </div>
          </div>
        )}
      </Section>
    </>
  );
}
