import { useId, useState } from 'react';
import type { Scenario } from '../../engine/scenarioTypes';
import { parseScenario } from '../../scenario/parseScenario';
import { buildVariants, currentValue, settingPath, targetName, variantLabel, type SettingTarget, type VariantDraft, type VariantError } from '../../state/compareVariants';
import { useAppStore } from '../../state/useAppStore';
import { BatchProgress } from './BatchProgress';
import { DiffTable } from './DiffTable';
import { ErrorList } from './ErrorList';
import { FunctionPicker, functionsOf } from './FunctionPicker';
import { defaultRunOptions, readRunOptions, RunOptionsFields, type RunOptionsValue } from './RunOptionsFields';
import { decodeTarget, encodeTarget, targetGroups } from './settingOptions';
import { compareStore, useCompareStore } from './useCompareStore';
import { VariantCharts } from './VariantCharts';

const MAX_VARIANTS = 6;

function initialTargets(scenario: Scenario): SettingTarget[] {
  const fn = functionsOf(scenario)[0];
  return fn ? [{ kind: 'function', functionId: fn.id, setting: 'memoryMB' }] : [{ kind: 'traffic' }];
}

function initialDrafts(scenario: Scenario, targets: SettingTarget[]): VariantDraft[] {
  const a = targets.map((t) => currentValue(scenario, t));
  const b = targets.map((t, i) => (t.kind === 'function' && t.setting === 'memoryMB' ? (a[i] === '1024' ? '512' : '1024') : a[i]));
  return [
    { label: 'A', values: a },
    { label: 'B', values: b },
  ];
}

export function CompareTab() {
  const scenario = useAppStore((s) => s.scenario);
  const batch = useCompareStore((s) => s.batches.compare);
  const { start, cancel } = compareStore().getState();
  const [targets, setTargets] = useState<SettingTarget[]>(() => initialTargets(scenario));
  const [drafts, setDrafts] = useState<VariantDraft[]>(() => initialDrafts(scenario, initialTargets(scenario)));
  const [options, setOptions] = useState<RunOptionsValue>(() => defaultRunOptions(scenario));
  const [errors, setErrors] = useState<VariantError[]>([]);
  const [addChoice, setAddChoice] = useState('');
  const [mode, setMode] = useState<'overlay' | 'side'>('overlay');
  const [chartFunction, setChartFunction] = useState<string | null>(null);
  const id = useId();
  const running = batch?.status === 'running';

  function addTarget() {
    const t = decodeTarget(addChoice);
    if (!t || targets.some((x) => encodeTarget(x) === addChoice)) return;
    setTargets([...targets, t]);
    setDrafts(drafts.map((d) => ({ ...d, values: [...d.values, currentValue(scenario, t)] })));
    setAddChoice('');
  }
  function removeTarget(index: number) {
    setTargets(targets.filter((_, i) => i !== index));
    setDrafts(drafts.map((d) => ({ ...d, values: d.values.filter((_, i) => i !== index) })));
  }
  function setValue(variant: number, target: number, value: string) {
    setDrafts(drafts.map((d, i) => (i === variant ? { ...d, values: d.values.map((v, j) => (j === target ? value : v)) } : d)));
  }
  function addVariant() {
    const last = drafts[drafts.length - 1];
    setDrafts([...drafts, { label: variantLabel(drafts.length), values: [...(last?.values ?? targets.map((t) => currentValue(scenario, t)))] }]);
  }
  function removeVariant(index: number) {
    setDrafts(drafts.filter((_, i) => i !== index).map((d, i) => ({ ...d, label: variantLabel(i) })));
  }
  function run() {
    const opts = readRunOptions(options);
    if ('error' in opts) return setErrors([{ variant: 'Run options', path: '', message: opts.error }]);
    const built = buildVariants(scenario, targets, drafts, parseScenario);
    if (!built.ok) return setErrors(built.errors);
    setErrors([]);
    const fn = targets.find((t) => t.kind === 'function');
    // One runner per variant: every variant runs at the same time on the same seeded traffic.
    start('compare', built.variants, { ...opts, maxParallel: built.variants.length, meta: { functionId: fn?.kind === 'function' ? fn.functionId : '' } });
  }

  const batchFunctions = batch ? functionsOf(batch.runs[0]?.variant.scenario ?? scenario) : [];
  const shownFunction = chartFunction && batchFunctions.some((f) => f.id === chartFunction) ? chartFunction : batch?.meta.functionId || batchFunctions[0]?.id;
  const finished = batch && batch.status !== 'running' && batch.runs.some((r) => r.report);

  return (
    <div className="cmp-tab" data-testid="cmp-compare-tab">
      <p className="cmp-intro">
        Duplicate the scenario into variants that differ only in the settings below; all run at once on identical seeded traffic. Values start at the
        current settings (defaults filled in).
      </p>
      <div className="cmp-table-wrap">
        <table className="cmp-grid" data-testid="cmp-variant-grid">
          <thead>
            <tr>
              <th scope="col">Setting</th>
              {drafts.map((d, i) => (
                <th scope="col" key={d.label}>
                  {d.label}
                  {i === 0 && <span className="muted small"> baseline</span>}
                  {drafts.length > 1 && (
                    <button type="button" className="btn-link" aria-label={`Remove variant ${d.label}`} disabled={running} onClick={() => removeVariant(i)}>
                      ×
                    </button>
                  )}
                </th>
              ))}
              <th scope="col">
                <button type="button" className="btn btn-small" data-testid="cmp-add-variant" disabled={running || drafts.length >= MAX_VARIANTS} onClick={addVariant}>
                  + Variant
                </button>
              </th>
            </tr>
          </thead>
          <tbody>
            {targets.map((t, ti) => {
              const name = targetName(scenario, t);
              return (
                <tr key={encodeTarget(t)}>
                  <th scope="row">
                    {name}
                    <button type="button" className="btn-link" aria-label={`Stop varying ${name}`} disabled={running} onClick={() => removeTarget(ti)}>
                      ×
                    </button>
                  </th>
                  {drafts.map((d, vi) => {
                    const value = d.values[ti] ?? '';
                    const changed = vi > 0 && value.trim() !== (drafts[0].values[ti] ?? '').trim();
                    const label = `Variant ${d.label} ${name}`;
                    const invalid = errors.some((e) => e.variant === d.label && e.path === settingPath(scenario, t));
                    return (
                      <td key={d.label} className={changed ? 'is-changed-setting' : undefined}>
                        {t.kind === 'function' && t.setting === 'architecture' ? (
                          <select aria-label={label} aria-invalid={invalid || undefined} value={value} disabled={running} onChange={(e) => setValue(vi, ti, e.target.value)} data-testid={`cmp-value-${d.label}-${ti}`}>
                            <option value="x86_64">x86_64</option>
                            <option value="arm64">arm64</option>
                          </select>
                        ) : (
                          <input
                            aria-label={label}
                            aria-invalid={invalid || undefined}
                            value={value}
                            disabled={running}
                            placeholder={t.kind === 'function' && t.setting === 'reservedConcurrency' ? 'none' : undefined}
                            inputMode="decimal"
                            size={7}
                            onChange={(e) => setValue(vi, ti, e.target.value)}
                            data-testid={`cmp-value-${d.label}-${ti}`}
                          />
                        )}
                      </td>
                    );
                  })}
                  <td />
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="cmp-controls">
        <label className="cmp-field" htmlFor={`${id}-add`}>
          <span>Vary another setting</span>
          <select id={`${id}-add`} value={addChoice} onChange={(e) => setAddChoice(e.target.value)} disabled={running} data-testid="cmp-add-setting-select">
            <option value="">Choose…</option>
            {targetGroups(scenario).map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.options.map((o) => (
                  <option key={o.value} value={o.value} disabled={targets.some((t) => encodeTarget(t) === o.value)}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <button type="button" className="btn btn-small" onClick={addTarget} disabled={running || !addChoice} data-testid="cmp-add-setting">
          Add
        </button>
        <RunOptionsFields value={options} onChange={setOptions} disabled={running} />
        <button type="button" className="btn btn-primary" data-testid="cmp-run" onClick={run} disabled={running || drafts.length < 2}>
          ▶ Run {drafts.length} variants
        </button>
      </div>
      <ErrorList errors={errors} testId="cmp-errors" />
      {batch && <BatchProgress batch={batch} onCancel={() => cancel('compare')} testId="cmp-progress" />}
      {finished && shownFunction && (
        <section className="cmp-results" aria-label="Comparison results" data-testid="cmp-results">
          <div className="cmp-controls">
            <FunctionPicker scenario={batch.runs[0].variant.scenario} value={shownFunction} onChange={setChartFunction} label="Figures of function" />
            <fieldset className="cmp-toggle">
              <legend>Charts</legend>
              <label>
                <input type="radio" name={`${id}-mode`} checked={mode === 'overlay'} onChange={() => setMode('overlay')} data-testid="cmp-mode-overlay" /> Overlaid
              </label>
              <label>
                <input type="radio" name={`${id}-mode`} checked={mode === 'side'} onChange={() => setMode('side')} data-testid="cmp-mode-side" /> Side by side
              </label>
            </fieldset>
            <span className="muted small">
              seed {batch.seed} · {batch.durationSeconds} simulated s each
            </span>
          </div>
          <div className="cmp-results-body">
            <DiffTable runs={batch.runs} functionId={shownFunction} />
            <VariantCharts runs={batch.runs} functionId={shownFunction} mode={mode} />
          </div>
        </section>
      )}
    </div>
  );
}
