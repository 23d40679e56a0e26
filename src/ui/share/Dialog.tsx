import { useEffect, useRef, type ReactNode } from 'react';

/** A modal dialog: Escape or the close button closes it; focus moves into it. */
export function Dialog({
  title,
  onClose,
  children,
  testId,
  wide = false,
  initialFocus,
}: {
  title: ReactNode;
  onClose(): void;
  children: ReactNode;
  testId: string;
  wide?: boolean;
  /** A selector inside the dialog to focus first (e.g. the safe choice); default the dialog itself. */
  initialFocus?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = initialFocus ? ref.current?.querySelector<HTMLElement>(initialFocus) : null;
    (target ?? ref.current)?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose, initialFocus]);
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className={`dialog${wide ? ' dialog-wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-label={typeof title === 'string' ? title : undefined}
        data-testid={testId}
        tabIndex={-1}
        ref={ref}
      >
        {/* Not a <header>: outside a sectioning element a header is a banner landmark, a second one beside the toolbar's. */}
        <div className="dialog-header">
          <h2>{title}</h2>
          <button
            type="button"
            className="btn-link"
            onClick={onClose}
            aria-label="Close"
            data-testid="dialog-close"
          >
            ✕
          </button>
        </div>
        <div className="dialog-body">{children}</div>
      </div>
    </div>
  );
}
