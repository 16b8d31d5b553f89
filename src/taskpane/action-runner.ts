import { useCallback, useRef, useState } from 'react';
import { InputError } from '../model/messages.js';
import { readableError } from './actions.js';

/** What the pane says after an action: a message bar with optional lines and a one-step fix. */
export interface Notice {
  intent: 'success' | 'error' | 'info' | 'warning';
  title: string;
  lines?: readonly string[];
  /** A one-step fix offered in the bar (e.g. rebuild a damaged model). */
  action?: { label: string; run: () => void };
}

export interface ActionRunnerOptions {
  /** The InputError source of the pane's own inputs: such an error says "fix … first". */
  inputsSource: string;
  /** What to fix, in that title: "the inputs below", "the plan below". */
  fixWhat: string;
  /** Yield one task before the work so the spinner paints before main-thread work. */
  yieldFirst?: boolean;
}

/**
 * Runs one piece of long work at a time, with a busy label for the spinner and a readable error
 * as a notice. Shared by the offer and plan modes.
 */
export function useActionRunner(opts: ActionRunnerOptions) {
  const { inputsSource, fixWhat, yieldFirst = false } = opts;
  const [busy, setBusy] = useState<string | null>(null);
  const busyRef = useRef(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const run = useCallback(
    async (label: string, work: () => Promise<Notice | null>) => {
      if (busyRef.current) return;
      busyRef.current = true;
      setBusy(label);
      setNotice(null);
      if (yieldFirst) await new Promise((r) => setTimeout(r, 0));
      try {
        setNotice(await work());
      } catch (err) {
        const fixFirst = err instanceof InputError && err.source === inputsSource;
        setNotice({
          intent: 'error',
          title: fixFirst ? `${label}: fix ${fixWhat} first` : `${label} failed`,
          lines: err instanceof InputError ? err.problems : [readableError(err)],
        });
      } finally {
        busyRef.current = false;
        setBusy(null);
      }
    },
    [inputsSource, fixWhat, yieldFirst],
  );
  return { busy, notice, setNotice, run };
}
