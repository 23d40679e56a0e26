import { useCallback, useRef, useState } from 'react';
import type { BadgeKind } from './badgeReasons';
import { WhyPopover } from './WhyPopover';
import { formatCount } from '../common/formatCount';

interface Props {
  kind: BadgeKind;
  functionId: string;
  count: number;
  /** Text after the number, e.g. "throttled". */
  label: string;
  className: string;
  title: string;
  testId: string;
}

/**
 * A counting badge that, once its count is above zero, is a button opening "Why?". At zero it
 * stays plain text: there is nothing to explain yet.
 */
export function WhyBadge({ kind, functionId, count, label, className, title, testId }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  if (count <= 0)
    return (
      <span className={`badge ${className}`} title={title} data-testid={testId}>
        {count} {label}
      </span>
    );
  return (
    <>
      <button
        ref={button}
        type="button"
        // nodrag/nopan: a press on the badge opens it instead of dragging the node or the canvas.
        className={`badge badge-why nodrag nopan ${className}`}
        title={`${title}: why?`}
        aria-label={`${count} ${label}: why?`}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        data-testid={testId}
      >
        {formatCount(count)} {label}
      </button>
      {open && <WhyPopover kind={kind} functionId={functionId} anchor={button} onClose={close} />}
    </>
  );
}
