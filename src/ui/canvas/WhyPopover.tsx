import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { observabilityUi } from '../../state/observabilityUi';
import { useAppStore } from '../../state/useAppStore';
import { useRunHistory } from '../../state/useRunHistory';
import { formatClock } from '../common/formatClock';
import { useThrottledValue } from '../common/useThrottledValue';
import { badgeRule, latestReason, type BadgeKind } from './badgeReasons';

const WIDTH_PX = 340;
// The journal grows ~10 times a second during a run; the popover's reason need not follow faster.
const TRACES_REFRESH_MS = 1000;

interface Props {
  kind: BadgeKind;
  functionId: string;
  anchor: RefObject<HTMLElement | null>;
  onClose(): void;
}

/**
 * The rule behind a badge, this function's limits, and the newest concrete step the engine
 * recorded for it, with a way into that request's lineage. Rendered outside the canvas so the
 * zoom does not scale it; closes on Escape or a click elsewhere, giving focus back to the badge.
 */
export function WhyPopover({ kind, functionId, anchor, onClose }: Props) {
  const scenario = useAppStore((s) => s.run.startedWith ?? s.scenario);
  const traces = useThrottledValue(
    useAppStore((s) => s.observability.traces),
    TRACES_REFRESH_MS,
  );
  const atMs = useRunHistory((s) => (s.live || !s.moment ? Infinity : (s.moment.t + 1) * 1000));
  const box = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);

  useLayoutEffect(() => {
    const r = anchor.current?.getBoundingClientRect();
    if (!r) return;
    const left = Math.max(8, Math.min(r.left, window.innerWidth - WIDTH_PX - 8));
    const below = r.bottom + 6;
    const height = box.current?.offsetHeight ?? 240;
    const top = below + height > window.innerHeight - 8 ? Math.max(8, r.top - height - 6) : below;
    setPos({ left, top });
  }, [anchor]);

  useEffect(() => {
    box.current?.focus();
    const onDown = (e: PointerEvent) => {
      const target = e.target as Node;
      if (box.current?.contains(target) || anchor.current?.contains(target)) return;
      onClose();
    };
    document.addEventListener('pointerdown', onDown, true);
    return () => document.removeEventListener('pointerdown', onDown, true);
  }, [anchor, onClose]);

  const fn = scenario.nodes.find((n) => n.id === functionId);
  if (!fn || fn.kind !== 'function') return null;
  const rule = badgeRule(kind, fn, scenario);
  const reason = latestReason(traces, kind, functionId, atMs);
  const close = () => {
    onClose();
    anchor.current?.focus();
  };

  return createPortal(
    <div
      ref={box}
      className="why-popover"
      role="dialog"
      aria-labelledby={`why-title-${functionId}-${kind}`}
      tabIndex={-1}
      style={{ left: pos?.left ?? -9999, top: pos?.top ?? -9999, width: WIDTH_PX }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          close();
        }
      }}
      data-testid="badge-why"
    >
      <div className="why-popover-head">
        <strong id={`why-title-${functionId}-${kind}`}>
          {rule.title} <span className="muted">· {fn.name}</span>
        </strong>
        <button type="button" className="btn-link" onClick={close} aria-label="Close">
          ✕
        </button>
      </div>
      <p className="why-rule">{rule.rule}</p>
      <dl className="why-facts">
        {rule.facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {reason ? (
        <div className="why-latest" data-testid="badge-why-latest">
          <span className="muted small">
            Newest recorded{atMs !== Infinity ? ' up to the scrubbed moment' : ''}, at {formatClock(reason.tMs)}:
          </span>
          <span>
            <code>{reason.traceId.slice(0, 13)}</code> <strong>{reason.step}</strong>
          </span>
          {reason.rule && <span className="why-step-rule">{reason.rule}</span>}
          {reason.then && <span className="small">then: {reason.then}</span>}
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              observabilityUi.getState().showTrace(reason.traceId);
              observabilityUi.getState().requestTab('lineage');
              onClose();
            }}
            data-testid="badge-why-lineage"
          >
            Show its path in Lineage
          </button>
        </div>
      ) : (
        <p className="muted small">
          No step of this kind is in the journal{atMs !== Infinity ? ' before this moment' : ''} (under heavy load
          it keeps a sample of each second).
        </p>
      )}
    </div>,
    document.body,
  );
}
