import { Button, Spinner } from '@fluentui/react-components';
import { Suspense, lazy } from 'react';
import type { ModelResult } from '../../model/model.js';
import { MAX_PACKAGES } from '../../model/schema.js';
import { setAt, type Draft } from '../draft.js';
import { appendItem, insertAfter, listAt, moveItem } from '../draft-lists.js';
import { PackageEditor, packageName } from '../components/PackageEditor.js';
import { freeName } from '../package-lines.js';
import { PackageTable } from '../components/PackageTable.js';
import { Section } from '../components/Section.js';
import { useDraft } from '../state.js';

const PackageChart = lazy(
  () => import(/* webpackChunkName: "package-chart" */ '../components/PackageChart.js'),
);

const PACKAGES = ['packages'] as const;

/** The package list's operations (at most MAX_PACKAGES; removing the last one leaves none). */
const packageList = {
  add: (dr: Draft): Draft => {
    const names = listAt(dr, PACKAGES).map(packageName);
    if (names.length >= MAX_PACKAGES) return dr;
    return appendItem(dr, PACKAGES, () => ({
      name: freeName(`Package ${names.length + 1}`, names),
    }));
  },
  duplicate: (dr: Draft, i: number): Draft => {
    const list = listAt(dr, PACKAGES);
    const src = list[i];
    if (list.length >= MAX_PACKAGES || src === undefined) return dr;
    const name = freeName(
      `${packageName(src) || `Package ${i + 1}`} (copy)`,
      list.map(packageName),
    );
    return insertAfter(dr, PACKAGES, i, setAt(src, ['name'], name));
  },
  // No packages left: the scenario goes back to a single offer (an empty list is an error).
  remove: (dr: Draft, i: number): Draft =>
    setAt(dr, listAt(dr, PACKAGES).length <= 1 ? PACKAGES : [...PACKAGES, i], undefined),
  move: (dr: Draft, from: number, to: number): Draft => moveItem(dr, PACKAGES, from, to),
};

/**
 * Packages (docs/model.md §9): up to four variants of the offer shown to the candidate, who picks
 * one. Each package sets only the fields §9 lets it set; what it leaves empty is the offer's.
 * The comparison (runway for the company, value for the candidate, break-even price) is on top.
 */
export function PackagesScreen({ result, stale }: { result: ModelResult | null; stale: boolean }) {
  const { draft, update } = useDraft();
  const list = listAt(draft, PACKAGES);

  const shown = result && result.packages.length > 0 ? result : null;
  return (
    <>
      {shown && (
        <div style={stale ? { opacity: 0.6 } : undefined} data-testid="package-compare">
          <PackageTable result={shown} />
          <Suspense fallback={<Spinner size="small" label="Loading chart…" />}>
            <PackageChart result={shown} />
          </Suspense>
        </div>
      )}
      <Section
        title={`Packages (${list.length} of ${MAX_PACKAGES})`}
        note={
          list.length === 0
            ? 'Offer the candidate up to four packages (cash-heavy, balanced, earned equity…) and see what each does to runway and what it is worth to them. A package starts as the offer; set only what differs.'
            : 'Empty fields are the offer’s (shown in grey). Break-even prices compare each package with package 1.'
        }
        action={
          <Button
            size="small"
            appearance="primary"
            disabled={list.length >= MAX_PACKAGES}
            onClick={() => update(packageList.add)}
            data-testid="add-package"
          >
            Add package
          </Button>
        }
      >
        {list.map((_, i) => (
          <PackageEditor
            key={i}
            index={i}
            count={list.length}
            result={result}
            onMove={(to) => update((dr) => packageList.move(dr, i, to))}
            onDuplicate={() => update((dr) => packageList.duplicate(dr, i))}
            onRemove={() => update((dr) => packageList.remove(dr, i))}
          />
        ))}
        {list.length > 0 && list.length < MAX_PACKAGES && (
          <p style={{ margin: 0 }}>
            {MAX_PACKAGES - list.length} more package{MAX_PACKAGES - list.length === 1 ? '' : 's'}{' '}
            can be added.
          </p>
        )}
      </Section>
    </>
  );
}
