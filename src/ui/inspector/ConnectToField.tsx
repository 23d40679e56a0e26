import { useId, useMemo, useState } from 'react';
import type { ScenarioNode } from '../../engine/scenarioTypes';
import { connect } from '../../state/canvasActions';
import { connectionOptions } from '../../state/connectionOptions';
import { useAppStore, useAppStoreApi } from '../../state/useAppStore';
import { KIND_HELP } from '../canvas/edgeKindHelp';

/**
 * The node's possible connections as a list: what dragging from its right edge does, for people
 * who use a keyboard or a screen reader (canvas handles can only be dragged).
 */
export function ConnectToField({ node }: { node: ScenarioNode }) {
  const id = useId();
  const store = useAppStoreApi();
  const scenario = useAppStore((s) => s.scenario);
  const options = useMemo(() => connectionOptions(scenario, node.id), [scenario, node.id]);
  const [choice, setChoice] = useState('');
  const [made, setMade] = useState<string | null>(null);
  if (options.length === 0 && made === null) return null;

  const nameOf = (nodeId: string) => scenario.nodes.find((n) => n.id === nodeId)?.name ?? nodeId;
  const picked = choice === '' ? undefined : options[Number(choice)];
  return (
    <div className="field connect-to" data-testid="connect-to">
      <label htmlFor={id}>Connect to</label>
      <div className="connect-to-row">
        <select
          id={id}
          value={picked ? choice : ''}
          onChange={(e) => setChoice(e.target.value)}
          aria-describedby={`${id}-hint`}
          data-testid="connect-to-select"
        >
          <option value="">{options.length ? 'Choose a node…' : 'Nothing else can be connected'}</option>
          {options.map((o, i) => (
            <option key={`${o.toId}:${o.kind ?? ''}`} value={String(i)}>
              {nameOf(o.toId)} · {o.kind ? `${o.kind} (${KIND_HELP[o.kind]})` : 'use this layer'}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="btn btn-small"
          disabled={!picked}
          data-testid="connect-to-button"
          onClick={() => {
            if (!picked) return;
            const result = connect(store, node.id, picked.toId, picked.kind);
            if (result.ok !== true) return;
            setMade(
              `Connected ${node.name} → ${nameOf(picked.toId)}${picked.kind ? ` (${picked.kind})` : ''}.`,
            );
            setChoice('');
          }}
        >
          Connect
        </button>
      </div>
      <p id={`${id}-hint`} className="field-hint" role="status" data-testid="connect-to-status">
        {made ?? 'The same connections as dragging from the node’s right edge on the canvas.'}
      </p>
    </div>
  );
}
