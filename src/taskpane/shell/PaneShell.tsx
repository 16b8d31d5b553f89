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
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { HostInfo } from '../actions.js';
import { HiddenFileInput } from '../components/FileInput.js';
import { NoticeBar } from '../components/NoticeBar.js';
import type { Problem } from '../problems.js';
import { DraftContext } from '../state.js';
import { useDraftApi, type usePaneState } from './pane-hooks.js';

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

/** The pane's two modes: one offer (schema 1) and a hiring plan (schema 2). */
export type PaneMode = 'offer' | 'plan';

/** Test ids, element ids and labels of a mode: the offer's plain, the plan's prefixed "plan-". */
function modeWords(mode: PaneMode) {
  const plan = mode === 'plan';
  return {
    id: (name: string) => (plan ? `plan-${name}` : name),
    toolbar: plan ? 'Plan actions' : 'Actions',
    screens: plan ? 'Plan screens' : 'Screens',
    lastValid: plan ? 'last valid plan' : 'last valid inputs',
  };
}

/** "+12 days vs", "−3 days vs", "same as". */
export function daysVs(d: number): string {
  if (d === 0) return 'same as';
  return `${d > 0 ? '+' : '−'}${Math.abs(d)} day${Math.abs(d) === 1 ? '' : 's'} vs`;
}

function prefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Excel's theme inside Excel, the system's elsewhere. */
function useDarkTheme(host: HostInfo | null): boolean {
  const [dark, setDark] = useState(prefersDark);
  useEffect(() => {
    if (host?.kind === 'excel') setDark(host.dark);
  }, [host]);
  return dark;
}

export interface Screen<Id extends string> {
  id: Id;
  label: string;
}

/** Every screen's tab label, in both modes. */
const SCREEN_LABELS = {
  offer: 'Offer',
  refresh: 'Refresh',
  hires: 'Hires',
  templates: 'Templates',
  company: 'Company',
  market: 'Market',
  packages: 'Packages',
  results: 'Results',
  risk: 'Risk',
} as const;

/** A mode's tabs, in the order given, and where its problems belong. */
export function modeTabs<Id extends keyof typeof SCREEN_LABELS>(
  ids: readonly Id[],
  screenOf: (path: string) => Id,
): ModeTabs<Id> {
  return { screens: ids.map((id) => ({ id, label: SCREEN_LABELS[id] })), screenOf };
}

/** What Root gives each mode: where the pane runs and the mode switch to show. */
export interface ModeFrame {
  /** null while Office is still being asked where we run. */
  host: HostInfo | null;
  modeSwitch?: ReactNode;
}

/** A mode's tabs and the tab each problem path belongs to. */
export interface ModeTabs<Id extends string> {
  screens: readonly Screen<Id>[];
  screenOf: (path: string) => Id;
}

export interface PaneShellProps<Id extends string> extends ModeFrame {
  mode: PaneMode;
  /** The host line's tooltip. */
  hostTitle?: string;
  /** The mode's action buttons (the busy spinner follows them). */
  toolbar: ReactNode;
  /** The mode's state (usePaneState): its draft and its action runner's busy label and notice. */
  pane: Pick<ReturnType<typeof usePaneState>, 'draft' | 'setDraft' | 'runner'>;
  /** The live summary line under the notice. */
  summary: ReactNode;
  problems: readonly Problem[];
  tabs: ModeTabs<Id>;
  tab: Id;
  onTab: (id: Id) => void;
  /** The screen shown. */
  children: ReactNode;
}

/**
 * What both modes of the pane look like (docs/addin.md): title and host, the mode switch, the
 * action toolbar, the notice of the last action, the live summary, the inputs that need
 * attention, the screen tabs and the screen. The draft being edited is provided to the screens.
 */
export function PaneShell<Id extends string>(props: PaneShellProps<Id>) {
  const s = useStyles();
  const { mode, host, problems } = props;
  const { busy, notice, setNotice } = props.pane.runner;
  const draftApi = useDraftApi(props.pane.draft, props.pane.setDraft, problems);
  const w = modeWords(mode);
  const dark = useDarkTheme(host);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <DraftContext.Provider value={draftApi}>
        <div className={s.app}>
          <header className={s.header}>
            <h1 className={s.title}>Offer Runway</h1>
            <span
              className={s.mode}
              data-testid={w.id('host-mode')}
              title={host?.kind === 'standalone' ? props.hostTitle : undefined}
            >
              {host === null
                ? 'Connecting…'
                : host.kind === 'excel'
                  ? 'Excel'
                  : `Standalone (${host.reason})`}
            </span>
          </header>
          {props.modeSwitch}
          <div className={s.actions} role="toolbar" aria-label={w.toolbar}>
            {props.toolbar}
            {busy && <Spinner size="extra-tiny" label={`${busy}…`} data-testid={w.id('busy')} />}
          </div>
          <NoticeBar
            notice={notice}
            onDismiss={() => setNotice(null)}
            busy={busy !== null}
            testId={w.id('notice')}
          />
          {props.summary}
          {problems.length > 0 && <ProblemsBar {...props} lastValid={w.lastValid} />}
          <ScreenTabs {...props} />
          <main
            className={s.panel}
            role="tabpanel"
            id={w.id(`panel-${props.tab}`)}
            aria-labelledby={w.id(`tab-${props.tab}`)}
          >
            {props.children}
          </main>
        </div>
      </DraftContext.Provider>
    </FluentProvider>
  );
}

/** The inputs that need attention (the first six), each with a link to its screen. */
function ProblemsBar<Id extends string>({
  mode,
  problems,
  tabs: { screens, screenOf },
  onTab,
  lastValid,
}: PaneShellProps<Id> & { lastValid: string }) {
  const s = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid={modeWords(mode).id('problems')}>
      <MessageBarBody>
        <MessageBarTitle>
          {problems.length === 1 ? '1 input needs' : `${problems.length} inputs need`} attention;
          results show the {lastValid}
        </MessageBarTitle>
        <ul className={s.list}>
          {problems.slice(0, 6).map((p) => (
            <li key={`${p.path}:${p.reason}`}>
              <button type="button" className={s.linkish} onClick={() => onTab(screenOf(p.path))}>
                {screens.find((x) => x.id === screenOf(p.path))?.label}
              </button>
              {` · ${p.path}: ${p.reason}`}
            </li>
          ))}
          {problems.length > 6 && <li>…and {problems.length - 6} more</li>}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** The screen tabs, each with the count of its inputs that need attention. */
function ScreenTabs<Id extends string>({
  mode,
  problems,
  tabs: { screens, screenOf },
  tab,
  onTab,
}: PaneShellProps<Id>) {
  const s = useStyles();
  const w = modeWords(mode);
  const counts = new Map<Id, number>();
  for (const p of problems) counts.set(screenOf(p.path), (counts.get(screenOf(p.path)) ?? 0) + 1);
  return (
    <div className={s.tabs}>
      <TabList
        size="small"
        selectedValue={tab}
        onTabSelect={(_, d) => onTab(d.value as Id)}
        aria-label={w.screens}
      >
        {screens.map((x) => (
          <Tab
            key={x.id}
            value={x.id}
            id={w.id(`tab-${x.id}`)}
            aria-controls={w.id(`panel-${x.id}`)}
            data-testid={w.id(`tab-${x.id}`)}
          >
            {x.label}
            {counts.get(x.id) ? ` (${counts.get(x.id)})` : ''}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}

/** The live summary line under the notice ("Runway with this offer (expected): …"). */
export function LiveSummary({
  testId,
  engine,
  children,
}: {
  testId: string;
  /** Where the engine runs (Plan mode says it: "worker" or "main thread"). */
  engine?: string;
  children: ReactNode;
}) {
  return (
    <p className={useStyles().summary} data-testid={testId} data-engine={engine}>
      {children}
    </p>
  );
}

/** A mode's toolbar: its file actions, its workbook actions (inside Excel only) and the busy label. */
export interface ToolbarProps<FileActions, WorkbookActions> {
  files: FileActions;
  workbook: WorkbookActions | null;
  busy: string | null;
}

/**
 * "Save scenario" / "Save plan" and "Open …" with its hidden file input: the buttons every mode
 * has, their test ids named after the document (`save-plan`, `open-plan`, `open-plan-file`).
 */
export function SaveOpenButtons({
  noun,
  busy,
  onSave,
  onOpen,
}: {
  noun: 'scenario' | 'plan';
  busy: string | null;
  onSave: () => void;
  onOpen: (file: File) => void;
}) {
  const openInput = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button size="small" disabled={busy !== null} onClick={onSave} data-testid={`save-${noun}`}>
        Save {noun}
      </Button>
      <Button
        size="small"
        disabled={busy !== null}
        onClick={() => openInput.current?.click()}
        data-testid={`open-${noun}`}
      >
        Open {noun}…
      </Button>
      <HiddenFileInput
        inputRef={openInput}
        accept=".json,application/json"
        testId={`open-${noun}-file`}
        onFile={onOpen}
      />
    </>
  );
}
