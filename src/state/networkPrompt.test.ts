import { describe, expect, it } from 'vitest';
import type { Scenario } from '../engine/scenarioTypes';
import { helloColdStarts } from '../scenario/gallery/helloColdStarts';
import { parseScenario } from '../scenario/parseScenario';
import { createAppStore } from './appStore';
import { createFakeRunner } from './fakeRunner';

const asking: Scenario = { ...helloColdStarts, sandbox: { network: { allow: ['api.example.com'], reason: 'calls the weather API' } } };

function setup(scenario: Scenario) {
  const runner = createFakeRunner();
  const store = createAppStore({ createRunner: () => runner, parseScenario, initialScenario: scenario });
  return { store, runner, s: () => store.getState() };
}

describe('network consent', () => {
  it('runs a scenario that asks for nothing without a prompt, network off', () => {
    const { s, runner } = setup(helloColdStarts);
    s().start();
    expect(s().networkPrompt).toBeNull();
    expect(runner.started?.options.network).toEqual({ kind: 'off', why: 'not-asked' });
  });

  it('asks before every run and uses the answer for that run only', () => {
    const { s, runner } = setup(asking);
    s().start();
    expect(s().networkPrompt).toEqual({ action: 'run' });
    expect(runner.calls).not.toContain('start');
    s().answerNetworkPrompt(true);
    expect(s().networkPrompt).toBeNull();
    expect(runner.started?.options.network).toEqual({ kind: 'on', hosts: ['api.example.com'] });
    expect(s().run.networkOn).toBe(true);
    runner.emit({ status: 'done' });
    s().reset();
    s().start();
    expect(s().networkPrompt).toEqual({ action: 'run' }); // asked again, not remembered
    s().answerNetworkPrompt(false);
    expect(runner.started?.options.network).toEqual({ kind: 'off', why: 'declined' });
    expect(s().run.networkOn).toBe(false);
  });

  it('cancelling the prompt starts nothing', () => {
    const { s, runner } = setup(asking);
    s().start();
    s().answerNetworkPrompt(null);
    expect(s().networkPrompt).toBeNull();
    expect(runner.calls).not.toContain('start');
    expect(s().run.status).toBe('idle');
  });

  it('asks before a Test invoke too', async () => {
    const { s, runner } = setup(asking);
    await s().testInvoke('hello');
    expect(s().networkPrompt).toEqual({ action: 'test', functionId: 'hello' });
    expect(runner.calls).toEqual([]);
    s().answerNetworkPrompt(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(runner.calls).toEqual(['testInvoke:hello:network']);
  });
});
