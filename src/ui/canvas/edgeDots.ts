// The dot plan of every edge, fed a couple of times a second (see useEdgeDotsFeed). Each edge
// selects only its own plan, and an unchanged plan keeps its object, so a run update re-renders
// no edge whose traffic looks the same; the dots move by Web Animations (EdgeDots), not by React.
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { DotPlan } from './edgeTraffic';

export interface EdgeDotsState {
  plans: Record<string, DotPlan>;
  /** Dots frozen in place: the run is paused, or a past moment is shown. */
  frozen: boolean;
}

export const edgeDots = createStore<EdgeDotsState>()(() => ({ plans: {}, frozen: false }));

/** Replace the plans, keeping the old object of every edge whose plan did not change. */
export function setEdgePlans(next: Record<string, DotPlan>, frozen: boolean): void {
  const prev = edgeDots.getState();
  const plans: Record<string, DotPlan> = {};
  let changed = Object.keys(prev.plans).length !== Object.keys(next).length;
  for (const [id, plan] of Object.entries(next)) {
    const old = prev.plans[id];
    if (old && old.key === plan.key) plans[id] = old;
    else {
      plans[id] = plan;
      changed = true;
    }
  }
  if (changed || frozen !== prev.frozen) edgeDots.setState({ plans: changed ? plans : prev.plans, frozen });
}

export function useEdgeDots(edgeId: string): DotPlan | undefined {
  return useStore(edgeDots, (s) => s.plans[edgeId]);
}

/** Whether the edge shows dots now (changes rarely: the edge re-renders only when it does). */
export function useHasEdgeDots(edgeId: string): boolean {
  return useStore(edgeDots, (s) => s.plans[edgeId] !== undefined);
}

export function useDotsFrozen(): boolean {
  return useStore(edgeDots, (s) => s.frozen);
}
