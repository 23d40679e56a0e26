// Messages between the page and its compile worker (compileWorker.ts). Both sides are the app's
// own code: nothing here comes from the sandbox.
import type { Scenario } from '../../engine/scenarioTypes';
import type { CompiledScenario } from './protocol';

export interface CompileRequest {
  id: number;
  scenario: Scenario;
}

export type CompileReply = { id: number; ok: true; compiled: CompiledScenario } | { id: number; ok: false; error: string };
