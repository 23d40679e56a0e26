import { useId, useMemo, useState } from 'react';
import { limitsBite, type LimitBite } from '../../engine/analysis/limitsBite';
import { accountConfig } from '../../engine/defaults';
import { parseScenario } from '../../scenario/parseScenario';
import { formatFigure } from '../../state/compareRows';
import { buildVariants, parseNumberList, type VariantError } from '../../state/compareVariants';
import { useAppStore } from '../../state/useAppStore';
import { BatchProgress } from './BatchProgress';
import { ErrorList } from './ErrorList';
import { defaultRunOptions, readRunOptions, RunOptionsFields, type RunOptionsValue } from './RunOptionsFields';
import { tuningParallelism } from './TuningTab';
import { compareStore, useCompareStore } from './useCompareStore';

const DEFAULT_FACTORS = '0.5, 1, 2, 5, 10';

function bites(b: LimitBite): boolean {
  return (
    Object.values(b.firstThrottleSecond).some((s) => s !== null) ||
    Object.values(b.queueGrowthSecond).some((s) => s !== null)
  );
}

function list(record: Record<string, number | null>, unit: string): string {
  const hits = Object.entries(record).filter(([, v]) => v !== null);
  return hits.length ? hits.map(([id, v]) => `${id} @ ${v}${unit}`).join(', ') : '—';
}

export function TrafficTab() {
  const scenario = useAppStore((s) => s.scenario);
  const batch = useCompareStore((s) => s.batches.traffic);
  const { start, cancel } = compareStore().getState();
  const [factors, setFactors] = useState(DEFAULT_FACTORS);
  const [options, setOptions] = useState<RunOptionsValue>(() => defaultRunOptions(scenario));
  const [errors, setErrors] = useState<VariantError[]>([]);
  const id = useId();
  const running = batch?.status === 'running';

  const rows = useMemo(
    () =>
      (batch?.runs ?? []).map((r) => {
        const report = r.report;
        const bite = report ? limitsBite(report, r.samples) : null;
        const fns = report ? Object.values(report.functions) : [];
        return {
          label: r.variant.label,
          status: r.status,
          bite,
          invocations: report ? fns.reduce((s, f) => s + f.Invocations, 0) : null,
          throttles: report ? fns.reduce((s, f) => s + f.Throttles, 0) : null,
          errors: report ? fns.reduce((s, f) => s + f.Errors, 0) : null,
          p99: report ? Math.max(0, ...fns.map((f) => f.Duration.p99)) : null,
          concurrency: report ? report.account.ConcurrentExecutions.max : null,
        };
      }),
    [batch],
  );
  const firstBite = rows.findIndex((r) => r.bite && bites(r.bite));

  function run() {
    const list = parseNumberList(factors, { min: 0.01, max: 100, name: 'Traffic factors' });
    if ('error' in list) return setErrors([{ variant: 'What-if traffic', path: '', message: list.error }]);
    const opts = readRunOptions(options);
    if ('error' in opts) return setErrors([{ variant: 'Run options', path: '', message: opts.error }]);
    const sorted = [...list.values].sort((a, b) => a - b);
    const built = buildVariants(scenario, [{ kind: 'traffic' }], sorted.map((f) => ({ label: `${f}×`, values: [String(f)] })), parseScenario);
    if (!built.ok) return setErrors(built.errors);
    setErrors([]);
    start('traffic', built.variants, { ...opts, maxParallel: tuningParallelism() });
  }

  return (
    <div className="cmp-tab" data-testid="cmp-traffic-tab">
      <p className="cmp-intro">
        Multiplies every client&apos;s traffic by each factor (same seed) and shows where limits start to bite: the first throttled second per function, queues
        whose backlog keeps growing, and stream iterator age.
      </p>
      <div className="cmp-controls">
        <label className="cmp-field cmp-grow" htmlFor={`${id}-factors`}>
          <span>Traffic factors (×)</span>
          <input id={`${id}-factors`} value={factors} onChange={(e) => setFactors(e.target.value)} disabled={running} data-testid="traffic-factors" />
        </label>
        <RunOptionsFields value={options} onChange={setOptions} disabled={running} />
        <button type="button" className="btn btn-primary" data-testid="traffic-run" onClick={run} disabled={running}>
          ▶ Run what-if
        </button>
      </div>
      <ErrorList errors={errors} testId="traffic-errors" />
      {batch && <BatchProgress batch={batch} onCancel={() => cancel('traffic')} testId="traffic-progress" />}
      {rows.some((r) => r.bite) && (
        <section className="cmp-results" aria-label="What-if traffic results" data-testid="traffic-results">
          <p className="cmp-picks" aria-live="polite" data-testid="traffic-verdict">
            {firstBite >= 0 ? (
              <>
                Limits start to bite at <strong>{rows[firstBite].label}</strong> traffic.
              </>
            ) : (
              'No throttles or growing queues at any factor tried.'
            )}
          </p>
          <div className="cmp-table-wrap">
            <table className="cmp-table" data-testid="traffic-table">
              <thead>
                <tr>
                  <th scope="col">Traffic</th>
                  <th scope="col">Invocations</th>
                  <th scope="col">Throttles</th>
                  <th scope="col">First throttle (function @ second)</th>
                  <th scope="col">Queue backlog growing from</th>
                  <th scope="col">Iterator age max</th>
                  <th scope="col">Errors</th>
                  <th scope="col">Worst p99</th>
                  <th scope="col">Account concurrency max (limit {accountConfig(scenario.account).concurrencyLimit.toLocaleString('en-US')})</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => (
                  <tr key={r.label} className={r.bite && bites(r.bite) ? (i === firstBite ? 'is-first-bite' : 'is-bitten') : undefined} data-testid={`traffic-row-${r.label}`}>
                    <th scope="row">{r.label}</th>
                    <td>{formatFigure(r.invocations, 'count')}</td>
                    <td className={r.throttles ? 'is-bad' : undefined}>{formatFigure(r.throttles, 'count')}</td>
                    <td>{r.bite ? list(r.bite.firstThrottleSecond, ' s') : r.status}</td>
                    <td>{r.bite ? list(r.bite.queueGrowthSecond, ' s') : ''}</td>
                    <td>
                      {r.bite
                        ? Object.entries(r.bite.iteratorAgeMaxMs)
                            .filter(([, v]) => v > 0)
                            .map(([fn, v]) => `${fn} ${formatFigure(v, 'ms')}`)
                            .join(', ') || '—'
                        : ''}
                    </td>
                    <td>{formatFigure(r.errors, 'count')}</td>
                    <td>{formatFigure(r.p99, 'ms')}</td>
                    <td>{formatFigure(r.concurrency, 'count')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
