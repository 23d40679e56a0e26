import { useEffect, useRef, useState } from 'react';
import { PanelErrorBoundary } from '../common/PanelErrorBoundary';
import { CompareTab } from './CompareTab';
import { CostTab } from './CostTab';
import { TrafficTab } from './TrafficTab';
import { TuningTab } from './TuningTab';
import './compare.css';

const TABS = [
  { id: 'compare', label: 'Compare variants', Content: CompareTab },
  { id: 'tuning', label: 'Power tuning', Content: TuningTab },
  { id: 'traffic', label: 'What-if traffic', Content: TrafficTab },
  { id: 'cost', label: 'Monthly cost', Content: CostTab },
] as const;

type TabId = (typeof TABS)[number]['id'];

/**
 * The Compare workspace: a modal dialog (focus stays inside, Esc closes) over the editor. Runs
 * keep going while it is closed; results are kept for the page's life.
 */
export default function CompareWorkspace({ onClose }: { onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [active, setActive] = useState<TabId>('compare');
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});

  useEffect(() => {
    const dialog = ref.current;
    // No cleanup: an unmounted dialog closes itself; closing here would fire onClose under
    // StrictMode's effect replay and unmount the workspace straight away.
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  function onTabKey(e: React.KeyboardEvent, index: number) {
    const delta = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    e.preventDefault();
    const next = TABS[(index + delta + TABS.length) % TABS.length];
    setActive(next.id);
    tabRefs.current[next.id]?.focus();
  }

  return (
    <dialog ref={ref} className="cmp-dialog" aria-labelledby="cmp-title" data-testid="compare-workspace" onClose={onClose}>
      {/* A <div>: a <header> inside the dialog would be a banner landmark nested in it. */}
      <div className="cmp-header">
        <h2 id="cmp-title">Compare and tune</h2>
        <div className="cmp-tablist" role="tablist" aria-label="Compare workspace">
          {TABS.map((t, i) => (
            <button
              key={t.id}
              ref={(el) => {
                tabRefs.current[t.id] = el;
              }}
              type="button"
              role="tab"
              id={`cmp-tab-${t.id}`}
              aria-selected={t.id === active}
              aria-controls={`cmp-panel-${t.id}`}
              tabIndex={t.id === active ? 0 : -1}
              className={`tab${t.id === active ? ' is-active' : ''}`}
              data-testid={`cmp-tab-${t.id}`}
              onClick={() => setActive(t.id)}
              onKeyDown={(e) => onTabKey(e, i)}
            >
              {t.label}
            </button>
          ))}
        </div>
        <button type="button" className="btn btn-small" data-testid="compare-close" onClick={() => ref.current?.close()}>
          Close
        </button>
      </div>
      {TABS.map(({ id, label, Content }) => (
        <div key={id} role="tabpanel" id={`cmp-panel-${id}`} aria-labelledby={`cmp-tab-${id}`} className="cmp-panel" hidden={id !== active}>
          {/* A failure in one tab leaves the others and the Close button working. */}
          <PanelErrorBoundary panel={label}>
            <Content />
          </PanelErrorBoundary>
        </div>
      ))}
    </dialog>
  );
}
