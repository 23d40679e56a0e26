import { useEffect, useId, useMemo, useRef } from 'react';
import { DEFAULT_TEST_EVENT } from '../../state/appState';
import { persistTestEvents } from '../../state/persistTestEvents';
import { useAppActions, useAppStore, useAppStoreApi } from '../../state/useAppStore';
import { sessionStore } from '../share/storage';
import { TEST_EVENT_TEMPLATES, templateText } from './testEventTemplates';
import './test.css';
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
  const store = useAppStoreApi();
  const eventId = useId();
  const templateId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  useEffect(() => persistTestEvents(store, sessionStore()), [store]);
  // Templates for the sources wired into this function come first.
  const fnId = fn?.id;
  const scenario = useAppStore((s) => s.scenario);
  const templates = useMemo(() => {
    const sources = new Set(
      scenario.edges
        .filter((e) => e.to === fnId)
        .map((e) => scenario.nodes.find((n) => n.id === e.from)?.kind),
    );
    const fits = (t: (typeof TEST_EVENT_TEMPLATES)[number]) => t.sources.some((k) => sources.has(k));
    return [...TEST_EVENT_TEMPLATES.filter(fits), ...TEST_EVENT_TEMPLATES.filter((t) => !fits(t))];
  }, [scenario, fnId]);
  // Ctrl/Cmd+Enter invokes while the Test tab is showing (the code editor keeps its own keys).
  useEffect(() => {
    if (!fnId) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || e.defaultPrevented) return;
      if (!panelRef.current || panelRef.current.offsetParent === null) return;
      if (e.target instanceof HTMLElement && e.target.closest('.monaco-editor')) return;
      e.preventDefault();
      void testInvoke(fnId);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [fnId, testInvoke]);

  if (!fn) return <p className="empty">Add a function to the canvas to test it.</p>;
  const invoke = () => void testInvoke(fn.id);
  const showResult = test.functionId === fn.id;

  return (
    <div className="test-panel nokey" data-testid="test-panel" ref={panelRef}>
      <div className="test-event">
        <div className="test-template">
          <label htmlFor={templateId}>Template</label>
          <select
            id={templateId}
            data-testid="test-template"
            value=""
            onChange={(e) => {
              const text = templateText(e.target.value);
              if (text) setTestEvent(fn.id, text);
            }}
          >
            <option value="" disabled>
              Fill the event from a template…
            </option>
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
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
      {/* Focusable so keyboard users can scroll a long response or log. */}
      <div className="test-result" aria-live="polite" role="region" aria-label="Invoke result" tabIndex={0}>
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
