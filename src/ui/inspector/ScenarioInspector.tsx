import { useAppActions, useAppStore } from '../../state/useAppStore';
import { NumberField } from './NumberField';
import { TextField } from './TextField';

/** Settings of the whole scenario, shown when no node is selected. */
export function ScenarioInspector() {
  const scenario = useAppStore((s) => s.scenario);
  const { updateScenario } = useAppActions();
  const account = scenario.account ?? {};

  return (
    <div className="inspector-body" data-testid="scenario-inspector">
      <p className="field-hint inspector-intro">
        Select a node to edit it; drag from a client’s right edge to a function to connect them.
      </p>
      <TextField label="Scenario name" value={scenario.name} onChange={(name) => updateScenario({ name })} />
      <NumberField
        label="Run length"
        unit="simulated s"
        value={scenario.durationSeconds}
        min={1}
        placeholder="300"
        testId="scenario-duration"
        onChange={(durationSeconds) => updateScenario({ durationSeconds })}
        hint="How much simulated time a run covers."
      />
      <NumberField
        label="Seed"
        value={scenario.seed}
        min={0}
        step={1}
        placeholder="1"
        onChange={(seed) => updateScenario({ seed })}
        hint="Same seed, same arrivals and random numbers: runs are repeatable."
      />
      <NumberField
        label="Account concurrency limit"
        value={account.concurrencyLimit}
        min={1}
        step={1}
        placeholder="1000"
        onChange={(concurrencyLimit) => {
          const next = { ...account, concurrencyLimit };
          if (concurrencyLimit === undefined) delete next.concurrencyLimit;
          updateScenario({ account: Object.keys(next).length ? next : undefined });
        }}
        hint="Shared by all functions in the Region; reserved concurrency is carved out of it."
      />
    </div>
  );
}
