import { useId } from 'react';
import { DEFAULT_TEST_EVENT } from '../../state/appState';
import { useAppActions, useAppStore } from '../../state/useAppStore';
import { TestResultView } from './TestResultView';

/** Like the Lambda console's Test tab: one synchronous invoke with a JSON event. */
export function TestPanel() {
  const fn = useAppStore((s) =>
    s.scenario.nodes.find((n) => n.id === s.focusedFunctionId && n.kind === 'function'),
  );
  const eventText =
    useAppStore((s) => (s.focusedFunctionId ? s.testEvents[s.focusedFunctionId] : undefined)) ??
    DEFAULT_TEST_EVENT;
  const test = useAppStore((s) => s.test);
  const { setTestEvent, testInvoke } = useAppActions();
  const eventId = useId();

  if (!fn) return <p className="empty">Add a function to the canvas to test it.</p>;
  const invoke = () => void testInvoke(fn.id);
  const showResult = test.functionId === fn.id;

  return (
    <div className="test-panel nokey" data-testid="test-panel">
      <div className="test-event">
        <label htmlFor={eventId}>
          Event JSON for <strong>{fn.name}</strong>
        </label>
        <textarea
          id={eventId}
          spellCheck={false}
          value={eventText}
          data-testid="test-event"
          onChange={(e) => setTestEvent(fn.id, e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              invoke();
            }
          }}
        />
        <div className="test-actions">
          <button
            type="button"
            className="btn btn-primary"
            onClick={invoke}
            disabled={test.status === 'running'}
            data-testid="test-invoke"
            aria-keyshortcuts="Control+Enter Meta+Enter"
          >
            {test.status === 'running' ? 'Invoking…' : 'Invoke'}
          </button>
          <span className="muted small">Ctrl/⌘ + Enter</span>
        </div>
      </div>
      <div className="test-result" aria-live="polite">
        {showResult && test.status === 'error' && (
          <div className="callout callout-error" role="alert" data-testid="test-error">
            {test.error}
          </div>
        )}
        {showResult && test.result && <TestResultView result={test.result} />}
        {(!showResult || test.status === 'idle') && (
          <p className="empty">Invoke runs the function once on a warm-kept copy, outside the traffic run.</p>
        )}
      </div>
    </div>
  );
}
