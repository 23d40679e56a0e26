import type { TestInvokeResult } from '../../engine/simulationTypes';
import { MAX_MEMORY_ESTIMATE_NOTE } from '../../engine/memoryEstimate';

function pretty(value: unknown): string {
  if (value === undefined) return 'null';
  try {
    return JSON.stringify(value, null, 2);
  } catch {
    return String(value);
  }
}

export function TestResultView({ result }: { result: TestInvokeResult }) {
  const failed = result.statusCode !== 200 || result.functionError !== undefined;
  // The REPORT line gets its own block below; do not print it twice.
  const logLines = result.logLines.filter((line) => line !== result.reportLine);
  return (
    <div className="test-result-body" data-testid="test-result">
      <div className={`result-head ${failed ? 'is-failed' : 'is-ok'}`}>
        <span className="result-title">{failed ? 'Execution failed' : 'Execution succeeded'}</span>
        <span>
          Status <strong data-testid="test-status-code">{result.statusCode}</strong>
        </span>
        {result.functionError && <span className="badge badge-throttle">{result.functionError}</span>}
        <span>Duration {result.durationMs.toFixed(2)} ms</span>
        {result.initDurationMs !== undefined && <span>Init {result.initDurationMs.toFixed(2)} ms</span>}
      </div>
      <h3>Response</h3>
      <pre className="code-block" data-testid="test-payload">
        {pretty(result.payload)}
      </pre>
      <h3>Log output</h3>
      <pre className="code-block log-block" data-testid="test-logs">
        {logLines.join('\n')}
      </pre>
      <pre className="code-block report-line" data-testid="test-report" title={MAX_MEMORY_ESTIMATE_NOTE}>
        {result.reportLine}
      </pre>
      {result.reportLine && (
        <p className="field-hint" data-testid="test-report-note">
          {MAX_MEMORY_ESTIMATE_NOTE}
        </p>
      )}
    </div>
  );
}
