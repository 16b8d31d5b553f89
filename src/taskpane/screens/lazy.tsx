import { Spinner } from '@fluentui/react-components';
import { Suspense, lazy, type ComponentProps } from 'react';

/**
 * The Packages and Risk screens, loaded when first opened (they are not needed to start the pane,
 * which keeps its initial JavaScript within budget).
 */
const Packages = lazy(() =>
  import(/* webpackChunkName: "packages-screen" */ './PackagesScreen.js').then((m) => ({
    default: m.PackagesScreen,
  })),
);
const Risk = lazy(() =>
  import(/* webpackChunkName: "risk-screen" */ './RiskScreen.js').then((m) => ({
    default: m.RiskScreen,
  })),
);

export function PackagesScreen(props: ComponentProps<typeof Packages>) {
  return (
    <Suspense fallback={<Spinner size="small" label="Loading…" />}>
      <Packages {...props} />
    </Suspense>
  );
}

export function RiskScreen(props: ComponentProps<typeof Risk>) {
  return (
    <Suspense fallback={<Spinner size="small" label="Loading…" />}>
      <Risk {...props} />
    </Suspense>
  );
}
