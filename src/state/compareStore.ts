// Runs a batch of scenario variants (compare, power tuning, what-if traffic) on identical seeded
// traffic, one runner (sandboxed worker) per variant, at most `maxParallel` at a time.
// Framework-free (zustand/vanilla) like the app store; tests drive it with fake runners.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Report, SecondSample } from '../engine/reportTypes';
import type { Scenario } from '../engine/scenarioTypes';
import type { Runner, RunStatus } from '../sandbox/runner';
import type { BuiltVariant } from './compareVariants';

export type BatchKind = 'compare' | 'tuning' | 'traffic';

export interface VariantRun {
  variant: BuiltVariant;
  status: 'queued' | RunStatus | 'cancelled';
  nowMs: number;
  endMs: number;
  /** Every completed second, in order. */
  samples: SecondSample[];
  report: Report | null;
  error: string | null;
}

export interface Batch {
  id: number;
  kind: BatchKind;
  status: 'running' | 'done' | 'cancelled';
  seed: number;
  durationSeconds: number;
  runs: VariantRun[];
  /** Free-form settings of the batch (e.g. the tuned function id), for the view. */
  meta: Record<string, string>;
}

export interface BatchOptions {
  seed: number;
  durationSeconds: number;
  maxParallel: number;
  meta?: Record<string, string>;
}

export interface CompareState {
  batches: Partial<Record<BatchKind, Batch>>;
  start(kind: BatchKind, variants: BuiltVariant[], options: BatchOptions): void;
  cancel(kind: BatchKind): void;
  dispose(): void;
}

export type CompareStore = StoreApi<CompareState>;

const FINISHED = new Set(['done', 'stopped', 'error', 'cancelled']);

export function isFinished(run: VariantRun): boolean {
  return FINISHED.has(run.status);
}

export function createCompareStore(createRunner: () => Runner): CompareStore {
  let nextId = 1;
  const active = new Map<BatchKind, { id: number; runners: Map<number, Runner> }>();

  return createStore<CompareState>()((set, get) => {
    function patchRun(kind: BatchKind, id: number, index: number, patch: (r: VariantRun) => Partial<VariantRun>) {
      const batch = get().batches[kind];
      if (!batch || batch.id !== id) return;
      const runs = batch.runs.map((r, i) => (i === index ? { ...r, ...patch(r) } : r));
      const status = batch.status === 'running' && runs.every(isFinished) ? 'done' : batch.status;
      set({ batches: { ...get().batches, [kind]: { ...batch, runs, status } } });
    }

    function launchNext(kind: BatchKind, id: number, options: BatchOptions) {
      const slot = active.get(kind);
      const batch = get().batches[kind];
      if (!slot || slot.id !== id || !batch || batch.status !== 'running') return;
      while (slot.runners.size < options.maxParallel) {
        const index = batch.runs.findIndex((r, i) => r.status === 'queued' && !slot.runners.has(i));
        if (index < 0) return;
        const runner = createRunner();
        slot.runners.set(index, runner);
        const scenario: Scenario = batch.runs[index].variant.scenario;
        const finish = () => {
          if (slot.runners.get(index) === runner) slot.runners.delete(index);
          runner.dispose();
          launchNext(kind, id, options);
        };
        patchRun(kind, id, index, () => ({ status: 'starting' }));
        try {
          runner.start(scenario, { speed: Infinity, seed: options.seed, durationSeconds: options.durationSeconds }, (u) => {
            if (active.get(kind)?.id !== id || slot.runners.get(index) !== runner) return;
            patchRun(kind, id, index, (r) => ({
              status: u.status,
              nowMs: u.nowMs,
              endMs: u.endMs || r.endMs,
              samples: u.samples.length ? r.samples.concat(u.samples) : r.samples,
              report: u.report ?? r.report,
              error: u.error ?? r.error,
            }));
            if (u.status === 'done' || u.status === 'stopped' || u.status === 'error') finish();
          });
        } catch (error) {
          patchRun(kind, id, index, () => ({ status: 'error', error: error instanceof Error ? error.message : String(error) }));
          finish();
        }
      }
    }

    function stopRunners(kind: BatchKind) {
      const slot = active.get(kind);
      if (!slot) return;
      active.delete(kind);
      for (const runner of slot.runners.values()) runner.dispose();
      slot.runners.clear();
    }

    return {
      batches: {},
      start(kind, variants, options) {
        stopRunners(kind);
        const id = nextId++;
        const runs: VariantRun[] = variants.map((variant) => ({
          variant,
          status: 'queued',
          nowMs: 0,
          endMs: options.durationSeconds * 1000,
          samples: [],
          report: null,
          error: null,
        }));
        const batch: Batch = {
          id,
          kind,
          status: runs.length ? 'running' : 'done',
          seed: options.seed,
          durationSeconds: options.durationSeconds,
          runs,
          meta: options.meta ?? {},
        };
        set({ batches: { ...get().batches, [kind]: batch } });
        active.set(kind, { id, runners: new Map() });
        launchNext(kind, id, { ...options, maxParallel: Math.max(1, options.maxParallel) });
      },
      cancel(kind) {
        const batch = get().batches[kind];
        stopRunners(kind);
        if (!batch || batch.status !== 'running') return;
        const runs = batch.runs.map((r) => (isFinished(r) ? r : { ...r, status: 'cancelled' as const }));
        set({ batches: { ...get().batches, [kind]: { ...batch, runs, status: 'cancelled' } } });
      },
      dispose() {
        for (const kind of [...active.keys()]) get().cancel(kind);
      },
    };
  });
}
