import { expect, it } from 'vitest';
import { createNodeRunner } from './createNodeRunner';
import type { RunUpdate } from '../runner';
import type { Scenario } from '../../engine/scenarioTypes';

it('runs a scenario to the end with real handler code', async () => {
  const scenario: Scenario = {
    version: 1,
    name: 'node runner',
    seed: 2,
    durationSeconds: 5,
    cpu: 'ignored',
    nodes: [
      { id: 'users', kind: 'client', name: 'Users', traffic: { pattern: 'constant', ratePerSecond: 4 } },
      { id: 'fn', kind: 'function', name: 'fn', files: { 'index.js': "exports.handler = async (e) => { console.log('hi'); return 1; };" } },
    ],
    edges: [{ id: 'e', from: 'users', to: 'fn', kind: 'invoke' }],
  };
  const runner = createNodeRunner();
  const last = await new Promise<RunUpdate>((resolve) =>
    runner.start(scenario, { speed: Infinity }, (u) => {
      if (u.status === 'done' || u.status === 'error') resolve(u);
    }),
  );
  runner.dispose();
  expect(last.status).toBe('done');
  expect(last.report?.functions.fn.Invocations).toBe(20);
});
