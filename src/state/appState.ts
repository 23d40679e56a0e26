import type { Position, Scenario, ScenarioNode, Traffic } from '../engine/scenarioTypes';
import type { LogRecord, Report, SecondSample } from '../engine/reportTypes';
import type { LiveState, TestInvokeResult } from '../engine/simulationTypes';
import type { RunStatus } from '../sandbox/runner';
import type { FunctionTotals } from './functionTotals';
import type { ObservabilityData } from './observability';

export interface ValidationError {
  path: string;
  message: string;
}

/** 'idle' = no run yet (or reset); the rest mirror what the runner reports. */
export type RunPhase = 'idle' | RunStatus;

export interface RunState {
  status: RunPhase;
  nowMs: number;
  endMs: number;
  /** Virtual seconds per wall second; Infinity = as fast as possible. */
  speed: number;
  error: string | null;
  report: Report | null;
  /** The draft as it was when this run started; edits after that apply to the next run. */
  startedWith: Scenario | null;
  /** The user allowed real network for this run (it is then not reproducible). */
  networkOn: boolean;
}

/** A Run or Test invoke waiting for the user's answer to the scenario's network request. */
export type NetworkPrompt = { action: 'run' } | { action: 'test'; functionId: string };

export interface TestState {
  status: 'idle' | 'running' | 'done' | 'error';
  functionId: string | null;
  result: TestInvokeResult | null;
  error: string | null;
}

/** A log record numbered in arrival order, so lists can key rows stably while the ring slides. */
export type LogEntry = LogRecord & { seq: number };

export interface AppData {
  /** The draft being edited; validated only when it is run or tested. */
  scenario: Scenario;
  selectedNodeId: string | null;
  /** The function whose code, charts and logs are shown: the last function selected. */
  focusedFunctionId: string | null;
  activeFileByFunction: Record<string, string>;
  validationErrors: ValidationError[];
  /** A one-line message about the last refused edit (e.g. a connection AWS does not allow). */
  notice: string | null;
  run: RunState;
  /** Newest SAMPLE_CAP seconds, as reported by the engine. */
  samples: SecondSample[];
  totals: Record<string, FunctionTotals>;
  /** Newest LOG_CAP lines, all functions. */
  logs: LogEntry[];
  live: LiveState | null;
  /** Environment events, lineage steps and the latest data snapshot (bounded). */
  observability: ObservabilityData;
  testEvents: Record<string, string>;
  test: TestState;
  /** Set while the network dialog is open; the answer is used for that one action only. */
  networkPrompt: NetworkPrompt | null;
}

export interface AppActions {
  select(nodeId: string | null): void;
  addFunction(position?: Position): string;
  addClient(position?: Position): string;
  removeNode(nodeId: string): void;
  removeEdge(edgeId: string): void;
  connect(fromId: string, toId: string): boolean;
  updateNode(nodeId: string, patch: Partial<ScenarioNode>): void;
  /** Top-level settings (name, duration, seed, account); `undefined` values restore defaults. */
  updateScenario(patch: Partial<Omit<Scenario, 'nodes' | 'edges' | 'version'>>): void;
  moveNode(nodeId: string, position: Position): void;
  setTraffic(clientId: string, traffic: Traffic): void;
  setFile(functionId: string, fileName: string, content: string): void;
  setActiveFile(functionId: string, fileName: string): void;
  /** A function's or layer's file gets a new name (the handler setting follows its module). */
  renameFile(ownerId: string, from: string, to: string): void;
  deleteFile(ownerId: string, name: string): void;
  loadScenario(scenario: Scenario): void;
  loadExample(): void;
  dismissNotice(): void;
  /**
   * `network`: the user's answer for this run. Undefined on a scenario that asks for network
   * opens the prompt instead of starting; the answer is never remembered.
   */
  start(network?: boolean): void;
  pause(): void;
  resume(): void;
  /**
   * Moves a paused run `ms` (default one simulated second) on and keeps it paused; with no run
   * yet (or a finished one) it starts one paused and steps it.
   */
  step(ms?: number): void;
  reset(): void;
  setSpeed(speed: number): void;
  setTestEvent(functionId: string, text: string): void;
  testInvoke(functionId: string, network?: boolean): Promise<void>;
  /** The prompt's answer: true = allow for this run, false = run without network, null = cancel. */
  answerNetworkPrompt(allow: boolean | null): void;
  dispose(): void;
}

export type AppState = AppData & AppActions;

export const SAMPLE_CAP = 3600;
export const LOG_CAP = 5000;
export const DEFAULT_SPEED = 1;
export const DEFAULT_TEST_EVENT = '{\n  "key1": "value1",\n  "key2": "value2"\n}\n';
