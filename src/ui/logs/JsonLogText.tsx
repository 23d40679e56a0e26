import { RequestIdText } from '../panels/logs/RequestIdText';
import type { JsonLogView } from './parseJsonLogLine';

/** A JSON log record, readable: type or level, request id (click filters), message, then key: value pairs. */
export function JsonLogText({ view, requestId }: { view: JsonLogView; requestId: string | null }) {
  return (
    <span className="log-json" data-testid="log-json">
      <span className="log-json-head">{view.head}</span>
      {requestId && (
        <>
          {' '}
          <RequestIdText line={requestId} requestId={requestId} />
        </>
      )}
      {view.message && <span className="log-json-message"> {view.message}</span>}
      {view.fields.map(([k, v]) => (
        <span key={k} className="log-json-field">
          {' '}
          <span className="log-json-key">{k}:</span> {v}
        </span>
      ))}
    </span>
  );
}
