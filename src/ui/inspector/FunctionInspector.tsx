import type { FunctionNode } from '../../engine/scenarioTypes';
import { useAppActions } from '../../state/useAppStore';
import { NumberField } from './NumberField';
import { TextField } from './TextField';

export function FunctionInspector({ node }: { node: FunctionNode }) {
  const { updateNode } = useAppActions();
  const patch = (p: Partial<FunctionNode>) => updateNode(node.id, p);

  return (
    <div className="inspector-body" data-testid="function-inspector">
      <TextField
        label="Function name"
        value={node.name}
        onChange={(name) => patch({ name })}
        hint={`Logs go to /aws/lambda/${node.name || '…'}`}
        testId="inspector-name"
      />
      <NumberField
        label="Memory"
        unit="MB"
        value={node.memoryMB}
        min={128}
        max={10240}
        step={64}
        placeholder="128"
        testId="inspector-memory"
        onChange={(memoryMB) => patch({ memoryMB })}
        hint="CPU share grows with memory: a full vCPU at 1,769 MB."
      />
      <NumberField
        label="Timeout"
        unit="s"
        value={node.timeoutSeconds}
        min={1}
        max={900}
        placeholder="3"
        testId="inspector-timeout"
        onChange={(timeoutSeconds) => patch({ timeoutSeconds })}
        hint="A request still running after this is stopped and its environment reset."
      />
      <NumberField
        label="Reserved concurrency"
        value={node.reservedConcurrency}
        min={0}
        max={1000}
        placeholder="unreserved"
        testId="inspector-reserved"
        onChange={(reservedConcurrency) => patch({ reservedConcurrency: reservedConcurrency ?? null })}
        hint="At most this many requests at once; more are throttled (429). Empty = unreserved."
      />
    </div>
  );
}
