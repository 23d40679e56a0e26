import { lazy, Suspense, useState } from 'react';

// Recharts and the workspace load only when someone opens it.
const CompareWorkspace = lazy(() => import('./CompareWorkspace'));

/** Toolbar entry to the Compare workspace (compare variants, power tuning, what-if traffic, cost). */
export function CompareButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="btn"
        data-testid="compare-button"
        aria-haspopup="dialog"
        title="Run variants of this scenario side by side: settings, memory sizes, traffic, cost"
        onClick={() => setOpen(true)}
      >
        <span aria-hidden="true">⇆</span> Compare
      </button>
      {open && (
        <Suspense fallback={null}>
          <CompareWorkspace onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
