import { useId, useMemo, useState } from 'react';
import { DEFAULT_MEMORY_SIZES_MB } from '../../engine/analysis/powerTuning';
import { parseScenario } from '../../scenario/parseScenario';
import { formatFigure, formatUSD } from '../../state/compareRows';
import { buildVariants, parseNumberList, type VariantError } from '../../state/compareVariants';
import { useAppStore } from '../../state/useAppStore';
import { BatchProgress } from './BatchProgress';
import { ErrorList } from './ErrorList';
import { FunctionPicker, functionsOf } from './FunctionPicker';
import { defaultRunOptions, readRunOptions, RunOptionsFields, type RunOptionsValue } from './RunOptionsFields';
import { TuningCharts } from './TuningCharts';
import { marksByMemory, tuningOf } from './tuningPoints';
import { compareStore, useCompareStore } from './useCompareStore';

/** 2 runners on a 2–3 core machine, 3 above: measured CPU time suffers when cores are oversubscribed. */
export function tuningParallelism(): number {
  return (navigator.hardwareConcurrency ?? 2) >= 4 ? 3 : 2;
}

export function TuningTab() {
  const scenario = useAppStore((s) => s.scenario);
  const batch = useCompareStore((s) => s.batches.tuning);
  const { start, cancel } = compareStore().getState();
  const functions = functionsOf(scenario);
  const [functionId, setFunctionId] = useState(functions[0]?.id ?? '');
  const [sizes, setSizes] = useState(DEFAULT_MEMORY_SIZES_MB.join(', '));
  const [options, setOptions] = useState<RunOptionsValue>(() => defaultRunOptions(scenario));
  const [oneAtATime, setOneAtATime] = useState(false);
  const [weight, setWeight] = useState(0.5);
  const [errors, setErrors] = useState<VariantError[]>([]);
  const id = useId();
  const running = batch?.status === 'running';
  const selected = functions.some((f) => f.id === functionId) ? functionId : (functions[0]?.id ?? '');
  const { points, result } = useMemo(() => tuningOf(batch, weight), [batch, weight]);
  const marks = marksByMemory(result);

  function run() {
    const list = parseNumberList(sizes, { min: 128, max: 10240, integer: true, name: 'Memory sizes' });
    if ('error' in list) return setErrors([{ variant: 'Power tuning', path: '', message: list.error }]);
    const opts = readRunOptions(options);
    if ('error' in opts) return setErrors([{ variant: 'Run options', path: '', message: opts.error }]);
    const built = buildVariants(
      scenario,
      [{ kind: 'function', functionId: selected, setting: 'memoryMB' }],
      list.values.map((m) => ({ label: `${m} MB`, values: [String(m)] })),
      parseScenario,
    );
    if (!built.ok) return setErrors(built.errors);
    setErrors([]);
    start('tuning', built.variants, { ...opts, maxParallel: oneAtATime ? 1 : tuningParallelism(), meta: { functionId: selected } });
  }

  if (functions.length === 0) return <p className="empty">Add a function to the scenario to tune its memory.</p>;
  return (
    <div className="cmp-tab" data-testid="cmp-tuning-tab">
      <p className="cmp-intro">
        Runs the scenario once per memory size of one function (same seeded traffic each time) and plots duration and cost per invocation against memory.
      </p>
      <div className="cmp-controls">
        <FunctionPicker scenario={scenario} value={selected} onChange={setFunctionId} label="Function" disabled={running} testId="tuning-function" />
        <label className="cmp-field cmp-grow" htmlFor={`${id}-sizes`}>
          <span>Memory sizes (MB)</span>
          <input id={`${id}-sizes`} value={sizes} onChange={(e) => setSizes(e.target.value)} disabled={running} data-testid="tuning-sizes" />
        </label>
        <RunOptionsFields value={options} onChange={setOptions} disabled={running} />
        <label className="cmp-check">
          <input type="checkbox" checked={oneAtATime} onChange={(e) => setOneAtATime(e.target.checked)} disabled={running} />
          One at a time (steadier CPU timing)
        </label>
        <button type="button" className="btn btn-primary" data-testid="tuning-run" onClick={run} disabled={running}>
          ▶ Run sweep
        </button>
      </div>
      <ErrorList errors={errors} testId="tuning-errors" />
      {batch && <BatchProgress batch={batch} onCancel={() => cancel('tuning')} testId="tuning-progress" />}
      {points.length > 0 && (
        <section className="cmp-results" aria-label="Power tuning results" data-testid="tuning-results">
          <div className="cmp-controls">
            <label className="cmp-field cmp-weight" htmlFor={`${id}-weight`}>
              <span>
                Balance: speed ← → cost <span className="muted">(cost weight {Math.round(weight * 100)}%)</span>
              </span>
              <input
                id={`${id}-weight`}
                type="range"
                min={0}
                max={1}
                step={0.05}
                value={weight}
                onChange={(e) => setWeight(Number(e.target.value))}
                aria-valuetext={`${Math.round(weight * 100)}% cost, ${Math.round((1 - weight) * 100)}% speed`}
                data-testid="tuning-weight"
              />
            </label>
            {result && (
              <p className="cmp-picks" data-testid="tuning-picks" aria-live="polite">
                Cheapest <strong data-testid="tuning-cheapest">{result.cheapest} MB</strong> · fastest <strong data-testid="tuning-fastest">{result.fastest} MB</strong> ·
                balanced <strong data-testid="tuning-balanced">{result.balanced} MB</strong>
              </p>
            )}
          </div>
          <p className="cmp-note">
            Lambda gives a function CPU in proportion to its memory: at 1,769 MB it has one full vCPU, so CPU-bound work gets faster up to 1,769 MB and then flattens
            for single-threaded code, which cannot use the second vCPU.
          </p>
          <div className="cmp-tuning-body">
            <TuningCharts points={points} result={result} />
            <div className="cmp-table-wrap">
              <table className="cmp-table" data-testid="tuning-table">
                <thead>
                  <tr>
                    <th scope="col">Memory</th>
                    <th scope="col">p50</th>
                    <th scope="col">p90</th>
                    <th scope="col">Cost / invocation</th>
                    <th scope="col">per 1M</th>
                    <th scope="col">Invocations</th>
                    <th scope="col">Errors</th>
                    <th scope="col">Pick</th>
                  </tr>
                </thead>
                <tbody>
                  {points.map((p) => (
                    <tr key={p.memoryMB} data-testid={`tuning-row-${p.memoryMB}`} className={marks.has(p.memoryMB) ? 'is-picked' : undefined}>
                      <th scope="row">{p.memoryMB} MB</th>
                      <td data-testid={`tuning-p50-${p.memoryMB}`} data-value={p.p50Ms}>
                        {formatFigure(p.p50Ms, 'ms')}
                      </td>
                      <td>{formatFigure(p.p90Ms, 'ms')}</td>
                      <td>{formatUSD(p.costPerInvocationUSD)}</td>
                      <td>{formatUSD(p.costPerInvocationUSD * 1e6)}</td>
                      <td>{p.invocations.toLocaleString('en-US')}</td>
                      <td className={p.errors > 0 ? 'is-bad' : undefined}>{p.errors.toLocaleString('en-US')}</td>
                      <td data-testid={`tuning-mark-${p.memoryMB}`}>{marks.get(p.memoryMB)?.join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </section>
      )}
    </div>
  );
}
