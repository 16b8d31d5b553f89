import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useState } from 'react';
import type { HostInfo } from './actions.js';
import { App } from './App.js';

/** Plan mode is its own chunk: the single-offer pane's first load does not grow. */
const PlanApp = lazy(() => import(/* webpackChunkName: "plan-mode" */ './plan/PlanApp.js'));

type Mode = 'offer' | 'plan';

const useStyles = makeStyles({
  switch: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
  loading: { padding: tokens.spacingHorizontalM, fontFamily: tokens.fontFamilyBase },
});

function ModeSwitch({ mode, onChange }: { mode: Mode; onChange: (m: Mode) => void }) {
  const s = useStyles();
  return (
    <TabList
      className={s.switch}
      size="small"
      appearance="subtle"
      selectedValue={mode}
      onTabSelect={(_, d) => onChange(d.value as Mode)}
      aria-label="Mode"
    >
      <Tab value="offer" data-testid={`mode-offer`}>
        One offer
      </Tab>
      <Tab value="plan" data-testid={`mode-plan`}>
        Hiring plan
      </Tab>
    </TabList>
  );
}

/**
 * The pane's two modes (docs/addin.md): one offer (App) and a hiring plan (PlanApp, loaded the
 * first time it is chosen). Both stay mounted once opened — switching keeps every edit — and
 * the one not shown is hidden.
 */
export function Root({ host }: { host: HostInfo | null }) {
  const s = useStyles();
  const [mode, setMode] = useState<Mode>('offer');
  const [planOpened, setPlanOpened] = useState(false);
  const choose = (m: Mode) => {
    if (m === 'plan') setPlanOpened(true);
    setMode(m);
  };
  const modeSwitch = <ModeSwitch mode={mode} onChange={choose} />;
  return (
    <>
      <div hidden={mode !== 'offer'}>
        <App host={host} modeSwitch={modeSwitch} />
      </div>
      {planOpened && (
        <div hidden={mode !== 'plan'}>
          <Suspense fallback={<p className={s.loading}>Loading Plan mode…</p>}>
            <PlanApp host={host} modeSwitch={modeSwitch} />
          </Suspense>
        </div>
      )}
    </>
  );
}
