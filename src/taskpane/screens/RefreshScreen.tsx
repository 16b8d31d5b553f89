import { Button, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import { JsonNumber, type JsonValue } from '../../model/json-text.js';
import { getAt, setAt, type Draft, type Path } from '../draft.js';
import { FieldGrid, NumberField, TextField } from '../components/Fields.js';
import { Section } from '../components/Section.js';
import { useDraft } from '../state.js';

const useStyles = makeStyles({
  milestone: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const REFRESH = ['offer', 'refresh'] as const;
const MILESTONES = [...REFRESH, 'milestones'] as const;

/**
 * A switch that adds or removes an optional part of the scenario. Switching off keeps what was
 * there, so switching back on restores it (nothing typed is lost).
 */
function OptionalPart({
  path,
  label,
  fresh,
}: {
  path: Path;
  label: string;
  fresh: (draft: Draft) => JsonValue;
}) {
  const { draft, update } = useDraft();
  const kept = useRef<JsonValue | undefined>(undefined);
  const on = getAt(draft, path) !== undefined;
  return (
    <Switch
      label={label}
      checked={on}
      onChange={(_, d) =>
        update((dr) => {
          if (d.checked) return setAt(dr, path, kept.current ?? fresh(dr));
          kept.current = getAt(dr, path);
          return setAt(dr, path, undefined);
        })
      }
    />
  );
}

const n = (text: string) => new JsonNumber(text);

/** Refresh: the milestone editor and the margin rule, plus the gain the hire is expected to add. */
export function RefreshScreen() {
  const { draft, update } = useDraft();
  const s = useStyles();
  const hasRefresh = getAt(draft, REFRESH) !== undefined;
  const hasMargin = getAt(draft, [...REFRESH, 'margin']) !== undefined;
  const hasGain = getAt(draft, ['offer', 'marginGain']) !== undefined;
  const milestones = getAt(draft, MILESTONES);
  const list = Array.isArray(milestones) ? milestones : [];

  const move = (from: number, to: number) =>
    update((dr) => {
      const cur = getAt(dr, MILESTONES);
      if (!Array.isArray(cur) || to < 0 || to >= cur.length) return dr;
      const next = [...cur];
      const [item] = next.splice(from, 1);
      next.splice(to, 0, item as JsonValue);
      return setAt(dr, MILESTONES, next);
    });
  const remove = (i: number) => update((dr) => setAt(dr, [...MILESTONES, i], undefined));
  const add = () =>
    update((dr) => {
      const cur = getAt(dr, MILESTONES);
      const arr = Array.isArray(cur) ? cur : [];
      return setAt(dr, MILESTONES, [
        ...arr,
        {
          name: `Milestone ${arr.length + 1}`,
          dueDay: n('90'),
          probability: n('0.5'),
          value: n('25000'),
        },
      ]);
    });

  return (
    <>
      <Section
        title="Earned refresh program"
        note="Refresh grants are earned: each milestone and each margin gain grants shares when hit. The expected view weights each by its probability."
      >
        <OptionalPart
          path={REFRESH}
          label="Offer earned refreshes"
          fresh={(dr) => ({
            strike:
              getAt(dr, ['offer', 'equity', 'strike']) ??
              getAt(dr, ['company', 'fmv409a']) ??
              n('1'),
            grantFairValue:
              getAt(dr, ['offer', 'equity', 'grantFairValue']) ??
              getAt(dr, ['company', 'fmv409a']) ??
              n('1'),
            vestingMonths: n('24'),
            cliffMonths: n('0'),
            vestEveryMonths: n('1'),
            milestones: [],
          })}
        />
        {hasRefresh && (
          <FieldGrid>
            <NumberField path={[...REFRESH, 'strike']} label="Refresh strike" unit="$" />
            <NumberField
              path={[...REFRESH, 'grantFairValue']}
              label="Refresh fair value"
              unit="$"
            />
            <NumberField path={[...REFRESH, 'vestingMonths']} label="Vesting (months)" />
            <NumberField path={[...REFRESH, 'cliffMonths']} label="Cliff (months)" />
            <NumberField path={[...REFRESH, 'vestEveryMonths']} label="Vests every (months)" />
          </FieldGrid>
        )}
      </Section>
      {hasRefresh && (
        <Section
          title={`Milestones (${list.length})`}
          action={
            <Button size="small" appearance="primary" onClick={add} data-testid="add-milestone">
              Add milestone
            </Button>
          }
        >
          {list.length === 0 && <p style={{ margin: 0 }}>No milestones yet.</p>}
          {list.map((_, i) => {
            const p = [...MILESTONES, i] as const;
            const name = getAt(draft, [...p, 'name']);
            const label = `milestone ${i + 1}${typeof name === 'string' && name ? ` (${name})` : ''}`;
            return (
              <fieldset key={i} className={s.milestone} data-testid={`milestone-${i}`}>
                <legend className={s.legend}>Milestone {i + 1}</legend>
                <FieldGrid>
                  <TextField path={[...p, 'name']} label="Name" wide />
                  <NumberField path={[...p, 'dueDay']} label="Due day" hint="days after start" />
                  <NumberField path={[...p, 'probability']} label="Probability" kind="percent" />
                  <NumberField path={[...p, 'value']} label="Grant value if hit" unit="$" />
                </FieldGrid>
                <div className={s.row}>
                  <Button
                    size="small"
                    disabled={i === 0}
                    onClick={() => move(i, i - 1)}
                    aria-label={`Move up: ${label}`}
                  >
                    Move up
                  </Button>
                  <Button
                    size="small"
                    disabled={i === list.length - 1}
                    onClick={() => move(i, i + 1)}
                    aria-label={`Move down: ${label}`}
                  >
                    Move down
                  </Button>
                  <Button size="small" onClick={() => remove(i)} aria-label={`Remove ${label}`}>
                    Remove
                  </Button>
                </div>
              </fieldset>
            );
          })}
        </Section>
      )}
      {hasRefresh && (
        <Section
          title="Margin rule"
          note="Pays equity for new gross-margin points, measured every few months on the hit path, up to a yearly cap. Points cut off by the cap are not carried forward."
        >
          <OptionalPart
            path={[...REFRESH, 'margin']}
            label="Refresh on gross-margin gains"
            fresh={() => ({ valuePerPoint: n('25000'), measureEveryMonths: n('3') })}
          />
          {hasMargin && !hasGain && (
            <p style={{ margin: 0 }}>
              Turn on the gain path below: without it no margin refresh is earned.
            </p>
          )}
          {hasMargin && (
            <FieldGrid>
              <NumberField
                path={[...REFRESH, 'margin', 'valuePerPoint']}
                label="Value per point"
                unit="$"
              />
              <NumberField
                path={[...REFRESH, 'margin', 'measureEveryMonths']}
                label="Measure every (months)"
              />
              <NumberField
                path={[...REFRESH, 'margin', 'capPerYear']}
                label="Cap per year"
                unit="$"
                hint="empty: no cap"
              />
            </FieldGrid>
          )}
        </Section>
      )}
      <Section
        title="Gain path"
        note="The gross-margin points the hire's work adds if it lands: a ramp from the start month to the full month. It drives the runway views whether or not a refresh pays for it."
      >
        <OptionalPart
          path={['offer', 'marginGain']}
          label="The hire adds gross margin"
          fresh={() => ({
            points: n('2'),
            startMonth: n('4'),
            fullMonth: n('12'),
            probability: n('0.5'),
          })}
        />
        {hasGain && (
          <FieldGrid>
            <NumberField
              path={['offer', 'marginGain', 'points']}
              label="Points at full"
              unit="pts"
            />
            <NumberField path={['offer', 'marginGain', 'startMonth']} label="Start month" />
            <NumberField path={['offer', 'marginGain', 'fullMonth']} label="Full month" />
            <NumberField
              path={['offer', 'marginGain', 'probability']}
              label="Probability"
              kind="percent"
            />
          </FieldGrid>
        )}
      </Section>
    </>
  );
}
