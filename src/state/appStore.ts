// The app's single source of truth, framework-free (zustand/vanilla) so it runs in Node tests;
// React binds to it through useAppStore.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../engine/scenarioTypes';
import type { Runner } from '../sandbox/runner';
import type { ParseResult } from '../scenario/parseScenario';
import { DEFAULT_SPEED, type AppData, type AppState } from './appState';
import { createEditActions } from './editActions';
import { createRunActions } from './runActions';
import { functionNodes } from './scenarioEdits';
import { emptyObservability } from './observability';

export interface AppDeps {
  createRunner: () => Runner;
  parseScenario: (input: unknown) => ParseResult;
  initialScenario: Scenario;
  /** What "Load example" restores; defaults to initialScenario. */
  exampleScenario?: Scenario;
}

export type AppStore = StoreApi<AppState>;

export function initialData(scenario: Scenario): AppData {
  const firstFunction = functionNodes(scenario)[0];
  return {
    scenario,
    selectedNodeId: null,
    focusedFunctionId: firstFunction?.id ?? null,
    activeFileByFunction: {},
    validationErrors: [],
    notice: null,
    run: {
      status: 'idle',
      nowMs: 0,
      endMs: (scenario.durationSeconds ?? 300) * 1000,
      speed: DEFAULT_SPEED,
      error: null,
      report: null,
      startedWith: null,
      networkOn: false,
    },
    samples: [],
    totals: {},
    logs: [],
    live: null,
    observability: emptyObservability(),
    testEvents: {},
    test: { status: 'idle', functionId: null, result: null, error: null },
    networkPrompt: null,
  };
}

export function createAppStore(deps: AppDeps): AppStore {
  return createStore<AppState>()((set, get) => ({
    ...initialData(deps.initialScenario),
    ...createEditActions(set, get),
    ...createRunActions(set, get, deps),
    loadExample() {
      get().loadScenario(deps.exampleScenario ?? deps.initialScenario);
    },
  }));
}
