import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { observabilityUi, useObservabilityUi } from '../../state/observabilityUi';
import { PanelErrorBoundary } from '../common/PanelErrorBoundary';
import { WhenShown } from './WhenShown';

// Loaded on first view: the canvas must be interactive before any of this arrives.
const EnvironmentTimeline = lazy(() =>
  import('./EnvironmentTimeline').then((m) => ({ default: m.EnvironmentTimeline })),
);
const AccountPanel = lazy(() => import('./AccountPanel').then((m) => ({ default: m.AccountPanel })));
const LineagePanel = lazy(() => import('./LineagePanel').then((m) => ({ default: m.LineagePanel })));
const ChartsPanel = lazy(() => import('./ChartsPanel').then((m) => ({ default: m.ChartsPanel })));
const DataPanel = lazy(() => import('./DataPanel').then((m) => ({ default: m.DataPanel })));

function panel(id: string, label: string, Component: ComponentType) {
  return {
    id,
    label,
    content: (
      <PanelErrorBoundary panel={label.toLowerCase()}>
        <WhenShown>
          <Suspense fallback={<p className="empty">Loading…</p>}>
            <Component />
          </Suspense>
        </WhenShown>
      </PanelErrorBoundary>
    ),
  };
}

/** The run-and-watch panels, as tabs beside Code and Test. */
export const observabilityTabs = [
  panel('timeline', 'Timeline', EnvironmentTimeline),
  panel('account', 'Account', AccountPanel),
  panel('lineage', 'Lineage', LineagePanel),
  panel('charts', 'Charts', ChartsPanel),
  panel('data', 'Data', DataPanel),
];

/** Brings a tab forward when a panel asks (e.g. a log line's request id opens its lineage). */
export function TabFocusBridge() {
  const focus = useObservabilityUi((s) => s.focusTab);
  useEffect(() => {
    if (focus) document.getElementById(`tab-${focus.id}`)?.click();
  }, [focus]);
  return null;
}

export function openTab(id: string) {
  observabilityUi.getState().requestTab(id);
}
