// Lineage steps (as the engine journaled them) grouped per request or message id, with tags that
// let people filter for the interesting ones. The tags only classify the engine's own step text.
import type { TraceEvent } from '../../engine/simulationTypes';

export type TraceTag = 'throttled' | 'cold' | 'retry' | 'failed' | 'dropped' | 'dlq';

export const TAG_LABELS: Record<TraceTag, string> = {
  throttled: 'throttled',
  cold: 'cold start',
  retry: 'retried',
  failed: 'failed',
  dropped: 'dropped',
  dlq: 'DLQ / on-failure',
};

export interface TraceSummary {
  traceId: string;
  firstMs: number;
  lastMs: number;
  functionId?: string;
  steps: number;
  lastStep: string;
  tags: TraceTag[];
}

export interface TraceIndex {
  byId: Map<string, TraceEvent[]>;
  /** Newest activity first. */
  summaries: TraceSummary[];
}

/** The tags a step earns (a step may show several things). */
export function tagsOf(step: string, rule: string | undefined): TraceTag[] {
  const tags: TraceTag[] = [];
  const s = step.toLowerCase();
  if (s.startsWith('throttled')) tags.push('throttled');
  if (rule?.toLowerCase().startsWith('cold start')) tags.push('cold');
  if (/^retry|redeliver|visible again|retrying|bisect/.test(s)) tags.push('retry');
  if (/^failed|timed out|error/.test(s)) tags.push('failed');
  if (/dropped|discarded|expired|could not deliver/.test(s)) tags.push('dropped');
  if (/dlq|dead-letter|dead letter|onfailure|redrive/.test(s)) tags.push('dlq');
  return tags;
}

export function indexTraces(traces: readonly TraceEvent[]): TraceIndex {
  const byId = new Map<string, TraceEvent[]>();
  const summaries = new Map<string, TraceSummary>();
  for (const t of traces) {
    let steps = byId.get(t.traceId);
    if (!steps) byId.set(t.traceId, (steps = []));
    steps.push(t);
    let s = summaries.get(t.traceId);
    if (!s) {
      s = { traceId: t.traceId, firstMs: t.tMs, lastMs: t.tMs, steps: 0, lastStep: t.step, tags: [] };
      summaries.set(t.traceId, s);
    }
    s.steps++;
    s.lastMs = t.tMs;
    s.lastStep = t.step;
    if (t.functionId && !s.functionId) s.functionId = t.functionId;
    for (const tag of tagsOf(t.step, t.rule)) if (!s.tags.includes(tag)) s.tags.push(tag);
  }
  return { byId, summaries: [...summaries.values()].sort((a, b) => b.lastMs - a.lastMs) };
}

/**
 * Summaries matching a text (id, function or any step) and a tag; at most `limit`. With `atMs`
 * (the history scrubber's moment), only requests and messages that had begun by then.
 */
export function filterTraces(
  index: TraceIndex,
  text: string,
  tag: TraceTag | null,
  limit: number,
  atMs: number | null = null,
): TraceSummary[] {
  const q = text.trim().toLowerCase();
  const out: TraceSummary[] = [];
  for (const s of index.summaries) {
    if (out.length >= limit) break;
    if (atMs !== null && s.firstMs > atMs) continue;
    if (tag && !s.tags.includes(tag)) continue;
    if (q && !s.traceId.toLowerCase().includes(q) && !(s.functionId ?? '').toLowerCase().includes(q)) {
      const steps = index.byId.get(s.traceId) ?? [];
      if (!steps.some((t) => t.step.toLowerCase().includes(q) || (t.rule ?? '').toLowerCase().includes(q)))
        continue;
    }
    out.push(s);
  }
  return out;
}

/** Ids a trace links to, and ids whose steps link to it (e.g. the messages an invocation carried). */
export function linkedIds(index: TraceIndex, traceId: string): { to: string[]; from: string[] } {
  const to = new Set<string>();
  for (const t of index.byId.get(traceId) ?? []) for (const l of t.links ?? []) if (l !== traceId) to.add(l);
  const from = new Set<string>();
  for (const [id, steps] of index.byId) {
    if (id === traceId) continue;
    if (steps.some((t) => t.links?.includes(traceId))) from.add(id);
  }
  return { to: [...to], from: [...from] };
}

/** The newest step carrying `tag`, for a "Why?" next to a chart or log line. */
export function latestWithTag(
  index: TraceIndex,
  tag: TraceTag,
  functionId?: string | null,
): { traceId: string; step: TraceEvent } | null {
  for (const s of index.summaries) {
    if (!s.tags.includes(tag) || (functionId && s.functionId !== functionId)) continue;
    const steps = index.byId.get(s.traceId) ?? [];
    for (let i = steps.length - 1; i >= 0; i--)
      if (tagsOf(steps[i].step, steps[i].rule).includes(tag)) return { traceId: s.traceId, step: steps[i] };
  }
  return null;
}
