import { useEffect, useMemo, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import type { BandSet } from '../../model/bands.js';
import { useActionRunner, type ActionRunnerOptions } from '../action-runner.js';
import { builtInBandSets } from '../bands.js';
import { setAt, type Draft } from '../draft.js';
import { localToday } from '../engine.js';
import { problemMap, type Problem } from '../problems.js';
import type { DraftApi } from '../state.js';
import type { ActionContext } from './documents.js';

/**
 * What each mode of the pane holds: today's date, the loaded band sets, the draft being edited
 * and the runner of its long actions (one at a time, with a busy label and a notice).
 */
export function usePaneState(initial: () => Draft, runnerOptions: ActionRunnerOptions) {
  const today = useMemo(() => localToday(), []);
  const [bandSets, setBandSets] = useState<Record<string, BandSet>>(builtInBandSets);
  const { draft, setDraft, draftRef } = useDraftState(initial);
  const runner = useActionRunner(runnerOptions);
  const ctx: ActionContext = { draftRef, setDraft, bandSets, today, run: runner.run };
  const addBandSet = (set: BandSet) => setBandSets((b) => ({ ...b, [set.name]: set }));
  return { today, bandSets, addBandSet, draft, setDraft, draftRef, runner, ctx };
}

/** The draft a mode edits, with a ref to the newest one (actions read what was just typed). */
export function useDraftState(initial: () => Draft) {
  const [draft, setDraft] = useState<Draft>(initial);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  return { draft, setDraft, draftRef };
}

/** What the screens edit through (DraftContext): the draft, its problems and the setters. */
export function useDraftApi(
  draft: Draft,
  setDraft: Dispatch<SetStateAction<Draft>>,
  problems: readonly Problem[],
): DraftApi {
  return useMemo(
    () => ({
      draft,
      problems: problemMap(problems),
      set: (path, value) => setDraft((d) => setAt(d, path, value)),
      update: (f) => setDraft(f),
    }),
    [draft, setDraft, problems],
  );
}

/**
 * The persistence hook's restore: once per host connection (`connection` is non-null inside
 * Excel), restores what is saved in the workbook. `restore` is read when it runs (the newest).
 */
export function useRestoreSaved(connection: unknown, restore: () => void): void {
  const latest = useRef(restore);
  latest.current = restore;
  const restoredFor = useRef<unknown>(null);
  useEffect(() => {
    if (connection == null || restoredFor.current === connection) return;
    restoredFor.current = connection;
    latest.current();
  }, [connection]);
}
