import { hasPendingEdits } from '../../state/hasPendingEdits';
import { useAppActions, useAppStore } from '../../state/useAppStore';
import { CompareButton } from '../compare/CompareButton';
import { ScenarioMenu } from '../share/ScenarioMenu';
import { RunClock } from './RunClock';
import { SPEED_OPTIONS, speedToValue, valueToSpeed } from './speedOptions';

export function Toolbar() {
  const status = useAppStore((s) => s.run.status);
  const speed = useAppStore((s) => s.run.speed);
  const scenarioName = useAppStore((s) => s.scenario.name);
  const pendingEdits = useAppStore(hasPendingEdits);
  const { start, pause, step, reset, setSpeed, loadExample } = useAppActions();

  const active = status === 'running' || status === 'starting';

  return (
    <header className="toolbar" aria-label="Run controls">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          λ
        </span>
        <h1 className="visually-hidden">Lambda Playground</h1>
        <span className="brand-name" aria-hidden="true">
          Lambda Playground
        </span>
        <span className="scenario-name" title="Scenario">
          {scenarioName}
        </span>
        <button
          type="button"
          className="btn btn-small btn-quiet"
          data-testid="load-example"
          title="Replace the canvas with the “Hello, cold starts” example"
          onClick={() => {
            if (window.confirm('Replace your scenario with the example? Your edits will be lost.'))
              loadExample();
          }}
        >
          Load example
        </button>
        <ScenarioMenu />
      </div>
      <div className="run-controls">
        <CompareButton />
        <button
          type="button"
          className="btn btn-primary"
          data-testid="run-button"
          onClick={() => start()}
          disabled={active}
          title="Run the scenario (simulated time)"
        >
          <span aria-hidden="true">▶</span> {status === 'paused' ? 'Resume' : 'Run'}
        </button>
        <button type="button" className="btn" data-testid="pause-button" onClick={pause} disabled={!active}>
          <span aria-hidden="true">❚❚</span> Pause
        </button>
        <button
          type="button"
          className="btn"
          data-testid="step-button"
          aria-label="Step one simulated second"
          onClick={() => step()}
          disabled={active}
          title={
            status === 'paused'
              ? 'Run one more simulated second, then pause again'
              : 'Start the run paused and run its first simulated second'
          }
        >
          {/* Short: the toolbar must keep Share in view at 1280 px; the title says how far. */}
          <span aria-hidden="true">▶❚</span> Step
        </button>
        <button
          type="button"
          className="btn"
          data-testid="reset-button"
          onClick={reset}
          disabled={status === 'idle'}
        >
          <span aria-hidden="true">↺</span> Reset
        </button>
        <label className="field-inline">
          <span>Speed</span>
          <select
            data-testid="speed-select"
            aria-label="Speed"
            title="Simulated time per wall-clock second; Fastest runs as fast as the machine can"
            value={speedToValue(speed)}
            onChange={(e) => setSpeed(valueToSpeed(e.target.value))}
          >
            {SPEED_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {pendingEdits && (
        <span
          className="pending-edits"
          data-testid="pending-edits"
          title="The running simulation uses the scenario as it was when you pressed Run"
        >
          Edits apply on the next run
        </span>
      )}
      <RunClock />
    </header>
  );
}
