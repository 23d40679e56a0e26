import type { Report } from '../../engine/reportTypes';

const usd = (n: number) => `$${n < 0.01 && n > 0 ? n.toPrecision(3) : n.toFixed(4)}`;

/** The report's cost and duration figures per function, split by charge (the live chart has only the total). */
export function CostTable({ report, names }: { report: Report | null; names: Map<string, string> }) {
  if (!report) {
    return (
      <p className="muted small cost-note">
        Cost: the chart above adds it up as the run goes; the report at the end splits it by charge, per function.
      </p>
    );
  }
  const rows = Object.entries(report.functions);
  const total = rows.reduce((sum, [, f]) => sum + f.CostUSD.total, 0);
  return (
    <div className="cost" data-testid="cost-table">
      <table className="pool-table">
        <caption>
          Cost of this run ({report.simulatedSeconds} simulated s): {usd(total)}
        </caption>
        <thead>
          <tr>
            <th scope="col">Function</th>
            <th scope="col">Duration p50 / p90 / p99</th>
            <th scope="col">GB-s</th>
            <th scope="col">Requests</th>
            <th scope="col">Compute</th>
            <th scope="col">Provisioned</th>
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([id, f]) => (
            <tr key={id}>
              <td>{names.get(id) ?? id}</td>
              <td>
                {f.Duration.p50} / {f.Duration.p90} / {f.Duration.p99} ms
              </td>
              <td>{f.GBSeconds.toFixed(2)}</td>
              <td>{usd(f.CostUSD.requests)}</td>
              <td>{usd(f.CostUSD.compute)}</td>
              <td>{usd(f.CostUSD.provisioned)}</td>
              <td>
                <strong>{usd(f.CostUSD.total)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
