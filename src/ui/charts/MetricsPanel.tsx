import { useMemo } from 'react';
import { useAppStore } from '../../state/useAppStore';
import { useShownSamples, useShownTotals, useShownWindowLabel } from '../scrubber/useShownSamples';
import { useRunHistory } from '../../state/useRunHistory';
import SeriesChart, { type LivePoint, type SeriesSpec } from './SeriesChart';
import { toChartPoints } from './toChartPoints';
import { formatCount } from '../common/formatCount';

const WINDOW_SECONDS = 300;

// Colours readable on both the light and the dark theme.
const CONCURRENCY: SeriesSpec[] = [
  { key: 'concurrency', name: 'ConcurrentExecutions', color: '#3b82f6' },
  { key: 'environments', name: 'Environments', color: '#94a3b8' },
];
const PER_SECOND: SeriesSpec[] = [
  { key: 'invocations', name: 'Invocations', color: '#10b981' },
  { key: 'coldStarts', name: 'ColdStarts', color: '#a855f7' },
  { key: 'throttles', name: 'Throttles', color: '#ef4444' },
  { key: 'errors', name: 'Errors', color: '#f59e0b' },
];

function Stat({
  label,
  value,
  testId,
  tone,
}: {
  label: string;
  value: number;
  testId: string;
  tone?: string;
}) {
  return (
    <div className={`stat${tone && value > 0 ? ` stat-${tone}` : ''}`}>
      <span className="stat-value" data-testid={testId}>
        {formatCount(value)}
      </span>
      <span className="stat-label">{label}</span>
    </div>
  );
}

export function MetricsPanel() {
  const functionId = useAppStore((s) => s.focusedFunctionId);
  const name = useAppStore((s) => s.scenario.nodes.find((n) => n.id === s.focusedFunctionId)?.name);
  // Redrawn on every run update (about ten a second): SeriesChart keeps each redraw cheap.
  const samples = useShownSamples();
  const totals = useShownTotals(functionId);
  const windowLabel = useShownWindowLabel(WINDOW_SECONDS);
  const points = useMemo(
    () => (functionId ? toChartPoints(samples, functionId, WINDOW_SECONDS) : []),
    [samples, functionId],
  );
  // Environments busy right now (the engine's live state: the counter ConcurrentExecutions is the
  // per-second maximum of), drawn after the last finished second while the charts follow the run.
  const liveState = useAppStore((s) => (s.run.status === 'running' || s.run.status === 'paused' ? s.live : null));
  const following = useRunHistory((s) => s.live);
  const busyNow = functionId && following ? liveState?.functions[functionId]?.busy : undefined;
  const livePoint = useMemo<LivePoint | null>(
    () => (liveState && busyNow !== undefined ? { t: liveState.nowMs / 1000, values: { concurrency: busyNow } } : null),
    [liveState, busyNow],
  );

  return (
    <section className="panel metrics" aria-labelledby="metrics-title" data-testid="metrics-panel">
      <header className="panel-header">
        <h2 id="metrics-title">Metrics {name && <span className="muted">· {name}</span>}</h2>
        <span className="muted small" data-testid="metrics-window">
          per simulated second, {windowLabel}
        </span>
      </header>
      {!functionId ? (
        <p className="empty">Add a function to see its metrics.</p>
      ) : (
        <>
          <div className="stats">
            <Stat label="Invocations" value={totals.Invocations} testId="total-invocations" />
            <Stat label="Cold starts" value={totals.ColdStarts} testId="total-coldstarts" tone="cold" />
            <Stat label="Throttles" value={totals.Throttles} testId="total-throttles" tone="bad" />
            <Stat label="Errors" value={totals.Errors} testId="total-errors" tone="warn" />
            <Stat label="Max concurrency" value={totals.maxConcurrentExecutions} testId="max-concurrency" />
          </div>
          {points.length < 2 ? (
            <p className="empty chart-empty">
              Press Run: the charts draw from the second simulated second on.
            </p>
          ) : (
            <div className="charts">
              <SeriesChart
                title="Concurrency"
                points={points}
                series={CONCURRENCY}
                testId="chart-concurrency"
                live={livePoint}
              />
              <SeriesChart
                title="Requests per second"
                points={points}
                series={PER_SECOND}
                testId="chart-requests"
              />
            </div>
          )}
        </>
      )}
    </section>
  );
}
