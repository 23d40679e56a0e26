import { useAppActions, useAppStore } from '../../state/useAppStore';

/** Why the scenario did not run: every problem with the field it is about. */
export function ValidationBanner() {
  const errors = useAppStore((s) => s.validationErrors);
  const runError = useAppStore((s) => (s.run.status === 'error' ? s.run.error : null));
  const nodes = useAppStore((s) => s.scenario.nodes);
  const { dismissNotice, select } = useAppActions();
  if (errors.length === 0 && !runError) return null;
  // Paths name nodes by index; show the node's name too, and let a click select it.
  const nodeOf = (path: string) => {
    const match = /^nodes\[(\d+)\]/.exec(path);
    return match ? nodes[Number(match[1])] : undefined;
  };
  return (
    <div className="banner banner-error" role="alert" data-testid="validation-errors">
      {errors.length > 0 ? (
        <>
          <strong>The scenario cannot run yet:</strong>
          <ul>
            {errors.map((e, i) => (
              <li key={i}>
                {nodeOf(e.path) && (
                  <button
                    type="button"
                    className="btn-link error-node"
                    onClick={() => select(nodeOf(e.path)!.id)}
                  >
                    {nodeOf(e.path)!.name}
                  </button>
                )}
                <code>{e.path}</code> {e.message}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <span>
          <strong>The run stopped with an error:</strong> {runError}
        </span>
      )}
      {errors.length > 0 && (
        <button type="button" className="btn-link" onClick={dismissNotice} aria-label="Dismiss errors">
          ✕
        </button>
      )}
    </div>
  );
}
