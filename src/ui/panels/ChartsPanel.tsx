import { useMemo } from 'react';
import { useViewState } from '../../state/observabilityUi';
import { functionNodes } from '../../state/scenarioEdits';
import { useAppStore } from '../../state/useAppStore';
import { useThrottledValue } from '../common/useThrottledValue';
import { useShownSamples, useShownWindowLabel } from '../scrubber/useShownSamples';
import ObsChart, { type ObsSeries, type RefLine } from './ObsChart';
import { OKABE_ITO } from './palette';
import { accountRows, functionRows, queueIds, queueRows } from './seriesPoints';
import { CostTable } from './CostTable';
import { WhyButton } from './WhyButton';
import './panels.css';

const WINDOW_SECONDS = 300;
// Recharts redraws are the expensive part of a live run: twice a second is enough for these.
const REDRAW_MS = 500;

const FAILURES: ObsSeries[] = [
  { key: 'errors', name: 'Errors', color: OKABE_ITO.vermillion },
  { key: 'throttles', name: 'Throttles', color: OKABE_ITO.purple },
  { key: 'retries', name: 'Retries', color: OKABE_ITO.blue, dash: '4 2' },
];
const CONCURRENCY: ObsSeries[] = [
  { key: 'provisioned', name: 'Provisioned busy', color: OKABE_ITO.green },
  { key: 'onDemand', name: 'On-demand busy', color: OKABE_ITO.skyBlue },
];
const COLD: ObsSeries[] = [
  { key: 'coldStarts', name: 'ColdStarts', color: OKABE_ITO.orange },
  { key: 'invocations', name: 'Invocations', color: OKABE_ITO.grey, dash: '3 3' },
];
const ASYNC: ObsSeries[] = [
  { key: 'asyncReceived', name: 'AsyncEventsReceived', color: OKABE_ITO.blue },
  { key: 'asyncDropped', name: 'AsyncEventsDropped', color: OKABE_ITO.vermillion },
  { key: 'asyncDepth', name: 'Events in the internal queue', color: OKABE_ITO.orange, dash: '4 2' },
];
const ASYNC_AGE: ObsSeries[] = [{ key: 'asyncAge', name: 'AsyncEventAge (ms)', color: OKABE_ITO.orange, dots: true }];
const DURATION: ObsSeries[] = [
  { key: 'durationP50', name: 'Duration p50 (ms)', color: OKABE_ITO.blue },
  { key: 'durationP90', name: 'Duration p90 (ms)', color: OKABE_ITO.orange, dash: '6 2' },
  { key: 'durationP99', name: 'Duration p99 (ms)', color: OKABE_ITO.vermillion, dash: '4 2' },
];
const INIT: ObsSeries[] = [{ key: 'initDuration', name: 'Init Duration (ms, mean)', color: OKABE_ITO.purple, dots: true }];
const ITERATOR: ObsSeries[] = [{ key: 'iteratorAge', name: 'IteratorAge (ms)', color: OKABE_ITO.vermillion }];
const COST: ObsSeries[] = [{ key: 'cost', name: 'Cost so far (USD)', color: OKABE_ITO.green }];
const ACCOUNT: ObsSeries[] = [
  { key: 'concurrent', name: 'ConcurrentExecutions', color: OKABE_ITO.blue },
  { key: 'claimed', name: 'ClaimedAccountConcurrency', color: OKABE_ITO.orange, dash: '5 3' },
  { key: 'unreserved', name: 'UnreservedConcurrentExecutions', color: OKABE_ITO.grey },
];
const QUEUE_COLORS = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.green,
  OKABE_ITO.purple,
  OKABE_ITO.vermillion,
  OKABE_ITO.skyBlue,
];

/** Dollars on an axis: tiny per-run costs keep two significant digits ($0.00061). */
function usdTick(value: number): string {
  return value === 0 ? '$0' : `$${Number(value.toPrecision(2))}`;
}

export function ChartsPanel() {
  const scenario = useAppStore((s) => s.scenario);
  const focused = useAppStore((s) => s.focusedFunctionId);
  const samples = useThrottledValue(useShownSamples(), REDRAW_MS);
  const windowLabel = useShownWindowLabel(WINDOW_SECONDS);
  const live = useAppStore((s) => s.live);
  const report = useAppStore((s) => s.run.report);
  const [picked, setPicked] = useViewState<string | null>('charts.function', null);
  const functions = functionNodes(scenario);
  const functionId = picked ?? focused ?? functions[0]?.id ?? null;
  const fn = functions.find((f) => f.id === functionId);
  const names = new Map(scenario.nodes.map((n) => [n.id, n.name]));

  const rows = useMemo(
    () => (functionId ? functionRows(samples, functionId, WINDOW_SECONDS) : []),
    [samples, functionId],
  );
  const qIds = useMemo(() => queueIds(samples), [samples]);
  const qRows = useMemo(() => queueRows(samples, qIds, WINDOW_SECONDS), [samples, qIds]);
  const aRows = useMemo(() => accountRows(samples, WINDOW_SECONDS), [samples]);
  const queueSeries: ObsSeries[] = qIds.flatMap((id, i) => [
    {
      key: `q${i}Visible`,
      name: `${names.get(id) ?? id} visible`,
      color: QUEUE_COLORS[i % QUEUE_COLORS.length],
    },
    {
      key: `q${i}InFlight`,
      name: `${names.get(id) ?? id} in flight`,
      color: QUEUE_COLORS[i % QUEUE_COLORS.length],
      dash: '4 2',
    },
  ]);

  const limit = live?.accountLimit ?? scenario.account?.concurrencyLimit ?? 1000;
  const reserved = live?.functions[functionId ?? '']?.reservedConcurrency ?? fn?.reservedConcurrency ?? null;
  const peak = rows.reduce((m, r) => Math.max(m, r.concurrent), 0);
  const refLines: RefLine[] = [];
  if (reserved !== null && reserved !== undefined)
    refLines.push({ y: reserved, label: `reserved ${reserved}`, color: OKABE_ITO.vermillion });
  const provisioned =
    live?.functions[functionId ?? '']?.provisionedConcurrency ?? fn?.provisionedConcurrency ?? 0;
  if (provisioned > 0)
    refLines.push({ y: provisioned, label: `provisioned ${provisioned}`, color: OKABE_ITO.green });
  const limitOnScale = peak >= limit / 4;
  if (limitOnScale) refLines.push({ y: limit, label: `account limit ${limit}`, color: 'var(--text)' });

  return (
    <div className="obs-panel charts-panel" data-testid="charts-panel">
      <div className="obs-toolbar">
        <label>
          <span>Function</span>
          <select
            value={functionId ?? ''}
            onChange={(e) => setPicked(e.target.value)}
            data-testid="charts-function"
          >
            {functions.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </label>
        <span className="muted small">
          per simulated second, {windowLabel} · hover for exact values
        </span>
        <span className="why-row">
          <WhyButton tag="throttled" functionId={functionId} />
          <WhyButton tag="cold" functionId={functionId} />
          <WhyButton tag="retry" functionId={null} />
          <WhyButton tag="dropped" functionId={null} />
        </span>
      </div>
      {rows.length < 2 ? (
        <p className="empty">Press Run: the charts draw from the second simulated second on.</p>
      ) : (
        <div className="obs-charts">
          <ObsChart
            title="Errors, throttles and retries per second"
            rows={rows}
            series={FAILURES}
            testId="chart-failures"
          />
          <ObsChart
            title="Concurrency: provisioned vs on-demand"
            rows={rows}
            series={CONCURRENCY}
            stacked
            refLines={refLines}
            testId="chart-concurrency-split"
            note={
              limitOnScale ? undefined : `Account limit ${limit.toLocaleString('en-US')} is off this scale.`
            }
          />
          <ObsChart title="Cold starts per second" rows={rows} series={COLD} testId="chart-cold" />
          {rows.some((r) => r.initDuration !== undefined) && (
            <ObsChart
              title="Init duration of the second's cold starts"
              rows={rows}
              series={INIT}
              testId="chart-init"
            />
          )}
          {rows.some((r) => r.durationP50 !== undefined) && (
            <ObsChart
              title="Duration p50 / p90 / p99 per second"
              rows={rows}
              series={DURATION}
              testId="chart-duration"
            />
          )}
          <ObsChart
            title="Async events: received, dropped, in the internal queue"
            rows={rows}
            series={ASYNC}
            testId="chart-async"
          />
          {rows.some((r) => r.asyncAge !== undefined) && (
            <ObsChart
              title="Async event age (oldest event taken in the second)"
              rows={rows}
              series={ASYNC_AGE}
              testId="chart-async-age"
            />
          )}
          {rows.some((r) => r.iteratorAge !== undefined) && (
            <ObsChart
              title="Stream iterator age (how far behind the poller reads)"
              rows={rows}
              series={ITERATOR}
              testId="chart-iterator-age"
            />
          )}
          {rows.some((r) => r.cost !== undefined) && (
            <ObsChart
              title="Cost accumulating (list prices)"
              rows={rows}
              series={COST}
              testId="chart-cost"
              yTick={usdTick}
            />
          )}
          {qIds.length > 0 && (
            <ObsChart
              title="SQS messages visible / in flight"
              rows={qRows}
              series={queueSeries}
              testId="chart-queues"
            />
          )}
          {aRows.length > 1 && (
            <ObsChart
              title="Account: ConcurrentExecutions vs ClaimedAccountConcurrency"
              rows={aRows}
              series={ACCOUNT}
              refLines={limitOnScale ? [{ y: limit, label: `limit ${limit}`, color: 'var(--text)' }] : []}
              testId="chart-account"
            />
          )}
        </div>
      )}
      <CostTable report={report} names={names} />
    </div>
  );
}
