// Asked on every Run / Test invoke of a scenario that asks for network (scenario.sandbox.network).
// The answer applies to that one action and is never stored, so a reload or the next Run asks again.
import { describeHosts, networkRequest } from '../../sandbox/network/networkGrant';
import { useUiStore } from '../../state/uiStore';
import { useAppActions, useAppStore } from '../../state/useAppStore';
import { Dialog } from './Dialog';

export function NetworkConsentDialog() {
  const prompt = useAppStore((s) => s.networkPrompt);
  const scenario = useAppStore((s) => s.scenario);
  const fromLink = useUiStore((s) => s.openedFromLink);
  const { answerNetworkPrompt } = useAppActions();
  const ask = prompt ? networkRequest(scenario) : null;
  if (!prompt || !ask) return null;
  const what = prompt.action === 'run' ? 'this run' : 'this test invoke';
  const cancel = () => answerNetworkPrompt(null);
  return (
    <Dialog title="This scenario asks for network access" onClose={cancel} testId="network-dialog" initialFocus="[data-testid=network-deny]">
      <p>
        <strong data-testid="network-scenario-name">“{scenario.name}”</strong>
        {fromLink ? <span data-testid="network-from-link"> (opened from a share link)</span> : null} asks to let its handler code
        make real network requests with <code>fetch</code> during {what}.
      </p>
      <dl className="network-ask">
        <dt>Hosts</dt>
        <dd data-testid="network-hosts">{describeHosts(ask.hosts)}</dd>
        <dt>Why, says the scenario</dt>
        <dd data-testid="network-reason">{ask.reason ?? <em>No reason given.</em>}</dd>
      </dl>
      <p className="muted">
        Allowed, the code can send anything in the scenario or its events to those hosts. Requests come from this browser
        without cookies and from an opaque origin (the server must allow CORS). The run is no longer reproducible: the engine
        waits for each response and adds its real round trip to the handler&apos;s simulated time. You are asked again on every
        run; nothing is remembered.
      </p>
      <div className="dialog-actions">
        <button type="button" className="btn" data-testid="network-allow" onClick={() => answerNetworkPrompt(true)}>
          Allow for {what}
        </button>
        <button type="button" className="btn btn-primary" data-testid="network-deny" onClick={() => answerNetworkPrompt(false)}>
          Run without network
        </button>
      </div>
    </Dialog>
  );
}
