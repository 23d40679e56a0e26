import { observabilityUi } from '../../../state/observabilityUi';

/** A log line's text with its request id as a button that filters the log to that request. */
export function RequestIdText({ line, requestId }: { line: string; requestId: string | null }) {
  const at = requestId ? line.indexOf(requestId) : -1;
  if (!requestId || at < 0) return <>{line}</>;
  return (
    <>
      {line.slice(0, at)}
      <button
        type="button"
        className="log-request"
        title="Show only this request's lines"
        onClick={() => observabilityUi.getState().filterLogsByRequest(requestId)}
        data-testid="log-request-id"
      >
        {requestId}
      </button>
      {line.slice(at + requestId.length)}
    </>
  );
}
