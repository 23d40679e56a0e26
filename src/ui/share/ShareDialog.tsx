import { useEffect, useState } from 'react';
import { checkShareLinkBudget, encodeShareLink } from '../../scenario/scenarioIO';
import { useUiStore } from '../../state/uiStore';
import { useAppStore } from '../../state/useAppStore';
import { Dialog } from './Dialog';

/** The scenario as a link (in the URL fragment, never sent to a server), copied on open. */
export function ShareDialog() {
  const scenario = useAppStore((s) => s.scenario);
  const close = () => useUiStore.getState().openDialog(null);
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    encodeShareLink(scenario).then(
      async (payload) => {
        if (!live) return;
        const url = `${window.location.origin}${window.location.pathname}#${payload}`;
        setLink(url);
        try {
          await navigator.clipboard.writeText(url);
          if (live) setCopied('yes');
        } catch {
          if (live) setCopied('no');
        }
      },
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [scenario]);

  const budget = link ? checkShareLinkBudget(link.length) : null;
  return (
    <Dialog title="Share this scenario" onClose={close} testId="share-dialog">
      <p className="muted small">
        The whole scenario (code, wiring, traffic, seed) is packed into the link after “#”, which browsers
        never send to a server. Whoever opens it gets exactly this, and its code runs sandboxed on their
        machine.
      </p>
      {error && <p className="callout callout-error">Could not make a link: {error}</p>}
      {link && (
        <>
          <input
            className="share-link"
            readOnly
            value={link}
            data-testid="share-link"
            aria-label="Share link"
            onFocus={(e) => e.target.select()}
          />
          <p className="share-meta">
            <span data-testid="share-length">{link.length.toLocaleString('en-US')} characters</span>
            {' · '}
            {copied === 'yes' && <span data-testid="share-copied">Copied to the clipboard.</span>}
            {copied === 'no' && <span>Select the link and copy it (the clipboard was not available).</span>}
          </p>
          {budget?.warning && (
            <p className="callout callout-warn" role="alert" data-testid="share-warning">
              {budget.warning}
            </p>
          )}
          <div className="dialog-actions">
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => {
                void navigator.clipboard.writeText(link).then(
                  () => setCopied('yes'),
                  () => setCopied('no'),
                );
              }}
            >
              Copy link
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
