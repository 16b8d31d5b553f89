import {
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
import { useEffect, useState, type ReactNode } from 'react';
import type { HostInfo } from '../actions.js';
import { NoticeBar } from '../components/NoticeBar.js';
import type { Problem } from '../problems.js';
import { DraftContext } from '../state.js';
import type { DocumentActions } from './documents.js';
import { useDraftApi, type usePaneState } from './pane-hooks.js';
import { ToolbarButtons } from './Toolbar.js';

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

/** Excel's host where the pane runs inside Excel, else null (also while Office is asked). */
export function excelHost({ host }: ModeFrame) {
  return host?.kind === 'excel' ? host : null;
}

/** A mode's tabs (it opens on the first) and the tab each problem path belongs to. */
export interface ModeTabs<Id extends string> {
  screens: readonly Screen<Id>[];
  screenOf: (path: string) => Id;
}

export interface PaneShellProps<Id extends string> extends ModeFrame {
  mode: PaneMode;
  /** The host line's tooltip. */
  hostTitle?: string;
  /** The mode's own action buttons (ActionButton); Save, Open and the busy spinner follow them. */
  toolbar: ReactNode;
  /** Save and Open of the mode's document. */
  document: DocumentActions;
  /** The mode's state (usePaneState): its draft and its action runner's busy label and notice. */
  pane: Pick<ReturnType<typeof usePaneState>, 'draft' | 'setDraft' | 'runner'>;
  /** The live summary line under the notice. */
  summary: ReactNode;
  problems: readonly Problem[];
  tabs: ModeTabs<Id>;
  /** Called before another screen is shown (by its tab or a problem's link). */
  onLeaveTab?: () => void;
  /** The screen shown for tab `tab`. */
  children: (tab: Id) => ReactNode;
}

/**
 * What both modes of the pane look like (docs/addin.md): title and host, the mode switch, the
 * action toolbar, the notice of the last action, the live summary, the inputs that need
 * attention, the screen tabs and the screen shown. The draft being edited is provided to the
 * screens.
 */
export function PaneShell<Id extends string>(props: PaneShellProps<Id>) {
  const s = useStyles();
  const { mode, host, problems, tabs } = props;
  const { busy, notice, setNotice } = props.pane.runner;
  const draftApi = useDraftApi(props.pane.draft, props.pane.setDraft, problems);
  const [tab, setTab] = useState<Id>(tabs.screens[0]!.id);
  const showTab = (id: Id) => {
    props.onLeaveTab?.();
    setTab(id);
  };
  const placed = placeProblems(problems, tabs);
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
            <ToolbarButtons busy={busy} document={props.document}>
              {props.toolbar}
            </ToolbarButtons>
            {busy && <Spinner size="extra-tiny" label={`${busy}…`} data-testid={w.id('busy')} />}
          </div>
          <NoticeBar
            notice={notice}
            onDismiss={() => setNotice(null)}
            busy={busy !== null}
            testId={w.id('notice')}
          />
          {props.summary}
          {problems.length > 0 && (
            <ProblemsBar
              placed={placed}
              onTab={showTab}
              testId={w.id('problems')}
              lastValid={w.lastValid}
            />
          )}
          <ScreenTabs screens={tabs.screens} placed={placed} tab={tab} onTab={showTab} words={w} />
          <main
            className={s.panel}
            role="tabpanel"
            id={w.id(`panel-${tab}`)}
            aria-labelledby={w.id(`tab-${tab}`)}
          >
            {props.children(tab)}
          </main>
        </div>
      </DraftContext.Provider>
    </FluentProvider>
  );
}

/** A problem and the screen it belongs to: its tab's id and label. */
interface PlacedProblem<Id extends string> {
  problem: Problem;
  screen: Id;
  label: string | undefined;
}

/** Each problem with the screen it belongs to, in the problems' order. */
function placeProblems<Id extends string>(
  problems: readonly Problem[],
  { screens, screenOf }: ModeTabs<Id>,
): PlacedProblem<Id>[] {
  return problems.map((problem) => {
    const screen = screenOf(problem.path);
    return { problem, screen, label: screens.find((x) => x.id === screen)?.label };
  });
}

/** The inputs that need attention (the first six), each with a link to its screen. */
function ProblemsBar<Id extends string>(props: {
  placed: readonly PlacedProblem<Id>[];
  onTab: (id: Id) => void;
  testId: string;
  lastValid: string;
}) {
  const s = useStyles();
  const count = props.placed.length;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid={props.testId}>
      <MessageBarBody>
        <MessageBarTitle>
          {count === 1 ? '1 input needs' : `${count} inputs need`} attention; results show the{' '}
          {props.lastValid}
        </MessageBarTitle>
        <ul className={s.list}>
          {props.placed.slice(0, 6).map(({ problem: p, screen, label }) => (
            <li key={`${p.path}:${p.reason}`}>
              <button type="button" className={s.linkish} onClick={() => props.onTab(screen)}>
                {label}
              </button>
              {` · ${p.path}: ${p.reason}`}
            </li>
          ))}
          {count > 6 && <li>…and {count - 6} more</li>}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** The screen tabs, each with the count of its inputs that need attention. */
function ScreenTabs<Id extends string>(props: {
  screens: readonly Screen<Id>[];
  placed: readonly PlacedProblem<Id>[];
  tab: Id;
  onTab: (id: Id) => void;
  words: ReturnType<typeof modeWords>;
}) {
  const s = useStyles();
  const { id } = props.words;
  const countOf = (screen: Id) => props.placed.filter((p) => p.screen === screen).length;
  return (
    <div className={s.tabs}>
      <TabList
        size="small"
        selectedValue={props.tab}
        onTabSelect={(_, d) => props.onTab(d.value as Id)}
        aria-label={props.words.screens}
      >
        {props.screens.map((x) => {
          const count = countOf(x.id);
          return (
            <Tab
              key={x.id}
              value={x.id}
              id={id(`tab-${x.id}`)}
              aria-controls={id(`panel-${x.id}`)}
              data-testid={id(`tab-${x.id}`)}
            >
              {x.label}
              {count ? ` (${count})` : ''}
            </Tab>
          );
        })}
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
