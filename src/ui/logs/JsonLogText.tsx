import type { JsonLogView } from './parseJsonLogLine';

/** A JSON log record, readable: type or level, message, then key: value pairs (raw JSON on hover). */
export function JsonLogText({ view }: { view: JsonLogView }) {
  return (
    <span className="log-json" data-testid="log-json">
      <span className="log-json-head">{view.head}</span>
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
