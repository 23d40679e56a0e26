import { useId, useMemo, useState } from 'react';
import { monthlyCost } from '../../engine/analysis/monthlyCost';
import { accountConfig } from '../../engine/defaults';
import type { Report } from '../../engine/reportTypes';
import type { Pricing, Scenario } from '../../engine/scenarioTypes';
import { formatUSD } from '../../state/compareRows';
import { useAppStore } from '../../state/useAppStore';
import { FunctionPicker, functionsOf } from './FunctionPicker';
import { useCompareStore } from './useCompareStore';

interface Source {
  label: string;
  scenario: Scenario;
  report: Report;
}

const LABEL = 'List prices, us-east-1, as of 2026';

type SourceKind = 'compare' | 'tuning' | 'traffic' | 'run';
const SOURCE_KINDS: SourceKind[] = ['compare', 'tuning', 'traffic', 'run'];
const SOURCE_LABEL: Record<SourceKind, string> = {
  compare: 'Compare variants',
  tuning: 'Power tuning sweep',
  traffic: 'What-if traffic',
  run: 'Last run of the scenario',
};

const PRICE_ROWS: [Exclude<keyof Pricing, 'freeTier'>, string, string][] = [
  ['requestsPerMillionUSD', 'Requests', 'per 1M requests'],
  ['x86GBSecondUSD', 'Duration, x86_64', 'per GB-second'],
  ['arm64GBSecondUSD', 'Duration, arm64', 'per GB-second'],
  ['provisionedGBSecondUSD', 'Provisioned concurrency', 'per GB-second allocated'],
  ['provisionedDurationGBSecondUSD', 'Duration on provisioned', 'per GB-second'],
  ['ephemeralStorageGBSecondUSD', 'Ephemeral storage over 512 MB', 'per GB-second'],
];

export function CostTab() {
  const scenario = useAppStore((s) => s.scenario);
  const mainReport = useAppStore((s) => s.run.report);
  const mainScenario = useAppStore((s) => s.run.startedWith);
  const batches = useCompareStore((s) => s.batches);
  const [freeTier, setFreeTier] = useState(false);
  const [functionId, setFunctionId] = useState('');
  const [from, setFrom] = useState<SourceKind>('compare');
  const id = useId();

  const available = SOURCE_KINDS.filter((k) => (k === 'run' ? mainReport !== null : batches[k]?.runs.some((r) => r.report)));
  const kind = available.includes(from) ? from : available[0];
  const sources: Source[] = useMemo(() => {
    if (kind === 'run') return mainReport ? [{ label: 'Last run', scenario: mainScenario ?? scenario, report: mainReport }] : [];
    const out: Source[] = [];
    for (const r of (kind && batches[kind]?.runs) || []) if (r.report) out.push({ label: kind === 'compare' ? `Variant ${r.variant.label}` : r.variant.label, scenario: r.variant.scenario, report: r.report });
    return out;
  }, [kind, batches, mainReport, mainScenario, scenario]);

  const base = sources[0]?.scenario ?? scenario;
  const fns = functionsOf(base);
  const selected = fns.some((f) => f.id === functionId) ? functionId : (fns[0]?.id ?? '');
  const pricing = accountConfig(base.account).pricing;

  return (
    <div className="cmp-tab" data-testid="cmp-cost-tab">
      <p className="cmp-intro">
        A 30-day month at the simulated rate: each run&apos;s requests and GB-seconds per simulated second, times the seconds in a month. Provisioned concurrency is
        billed for the whole month while configured.
      </p>
      {sources.length === 0 ? (
        <p className="empty" data-testid="cost-empty">
          Run a comparison, a power-tuning sweep, a what-if or the scenario itself first; the projection uses the simulated rate.
        </p>
      ) : (
        <>
          <div className="cmp-controls">
            <label className="cmp-field" htmlFor={`${id}-from`}>
              <span>Project from</span>
              <select id={`${id}-from`} value={kind} onChange={(e) => setFrom(e.target.value as SourceKind)} data-testid="cost-source">
                {available.map((k) => (
                  <option key={k} value={k}>
                    {SOURCE_LABEL[k]}
                  </option>
                ))}
              </select>
            </label>
            <FunctionPicker scenario={base} value={selected} onChange={setFunctionId} label="Function" testId="cost-function" />
            <label className="cmp-check" htmlFor={`${id}-free`}>
              <input id={`${id}-free`} type="checkbox" checked={freeTier} onChange={(e) => setFreeTier(e.target.checked)} data-testid="cost-free-tier" />
              Free tier (1M requests and 400,000 GB-s a month)
            </label>
            <span className="cmp-label-badge" data-testid="cost-label">
              {LABEL}
            </span>
          </div>
          <div className="cmp-table-wrap">
            <table className="cmp-table" data-testid="cost-table">
              <caption className="cmp-caption">Monthly projection · {LABEL}</caption>
              <thead>
                <tr>
                  <th scope="col">Source</th>
                  <th scope="col">Memory · arch</th>
                  <th scope="col">Requests / month</th>
                  <th scope="col">GB-s / month</th>
                  <th scope="col">Requests</th>
                  <th scope="col">Compute</th>
                  <th scope="col">Provisioned</th>
                  <th scope="col">Total / month</th>
                </tr>
              </thead>
              <tbody>
                {sources.map((s) => {
                  const f = s.report.functions[selected];
                  const node = s.scenario.nodes.find((n) => n.id === selected);
                  if (!f || node?.kind !== 'function') {
                    return (
                      <tr key={s.label}>
                        <th scope="row">{s.label}</th>
                        <td colSpan={7}>no figures for this function</td>
                      </tr>
                    );
                  }
                  const memoryMB = node.memoryMB ?? 128;
                  const arch = node.architecture ?? 'x86_64';
                  const m = monthlyCost(f, s.report.simulatedSeconds, accountConfig(s.scenario.account).pricing, arch, { concurrency: node.provisionedConcurrency ?? 0, memoryMB }, freeTier);
                  return (
                    <tr key={s.label} data-testid="cost-row">
                      <th scope="row">{s.label}</th>
                      <td>
                        {memoryMB} MB · {arch}
                      </td>
                      <td>{Math.round(m.requests).toLocaleString('en-US')}</td>
                      <td>{Math.round(m.gbSeconds).toLocaleString('en-US')}</td>
                      <td>{formatUSD(m.costUSD.requests)}</td>
                      <td>{formatUSD(m.costUSD.compute)}</td>
                      <td>{formatUSD(m.costUSD.provisioned)}</td>
                      <td>
                        <strong data-testid="cost-total">{formatUSD(m.costUSD.total)}</strong>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <table className="cmp-table cmp-prices" data-testid="cost-prices">
            <caption className="cmp-caption">Pricing used · {LABEL} (a scenario may override them in account.pricing)</caption>
            <tbody>
              {PRICE_ROWS.map(([key, name, unit]) => (
                <tr key={key}>
                  <th scope="row">{name}</th>
                  <td>${pricing[key].toLocaleString('en-US', { maximumFractionDigits: 12 })}</td>
                  <td className="muted">{unit}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
