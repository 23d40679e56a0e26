import { useAppActions, useAppStore } from '../../state/useAppStore';

/** Why the scenario did not run: every problem with the field it is about. */
export function ValidationBanner() {
  const errors = useAppStore((s) => s.validationErrors);
  const runError = useAppStore((s) => (s.run.status === 'error' ? s.run.error : null));
  const { dismissNotice } = useAppActions();
  if (errors.length === 0 && !runError) return null;
  return (
    <div className="banner banner-error" role="alert" data-testid="validation-errors">
      {errors.length > 0 ? (
        <>
          <strong>The scenario cannot run yet:</strong>
          <ul>
            {errors.map((e, i) => (
              <li key={i}>
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
