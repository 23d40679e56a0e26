// How the account's concurrency limit is divided, read from the engine's live state (or, before
// a run, from the scenario's settings): reserved per function, provisioned carved out of the
// unreserved pool, and what is left unreserved. Busy counts come from the engine as they are.
import type { Scenario } from '../../engine/scenarioTypes';
import type { LiveState } from '../../engine/simulationTypes';

export interface PoolBlock {
  kind: 'reserved' | 'provisioned' | 'unreserved';
  /** The function owning a reserved or provisioned block. */
  functionId?: string;
  size: number;
  busy: number;
  /** Reserved blocks: provisioned environments inside the reservation, and how many are busy. */
  provisioned?: number;
  provisionedBusy?: number;
}

export interface Pool {
  limit: number;
  /** The unreserved pool may not be configured below this (AWS: 100). */
  unreservedMinimum: number;
  accountBusy: number;
  blocks: PoolBlock[];
}

export function accountPool(live: LiveState | null, scenario: Scenario): Pool {
  const limit = live?.accountLimit ?? scenario.account?.concurrencyLimit ?? 1000;
  const unreservedMinimum = Math.min(limit, scenario.account?.unreservedMinimum ?? 100);
  const fns = live
    ? Object.entries(live.functions).map(([id, f]) => ({
        id,
        reserved: f.reservedConcurrency,
        provisioned: f.provisionedConcurrency,
        busy: f.busy,
        provisionedBusy: f.provisionedBusy,
      }))
    : scenario.nodes.flatMap((n) =>
        n.kind === 'function'
          ? [
              {
                id: n.id,
                reserved: n.reservedConcurrency ?? null,
                provisioned: n.provisionedConcurrency ?? 0,
                busy: 0,
                provisionedBusy: 0,
              },
            ]
          : [],
      );
  const blocks: PoolBlock[] = [];
  let carved = 0;
  let unreservedBusy = 0;
  for (const f of fns) {
    if (f.reserved !== null) {
      blocks.push({
        kind: 'reserved',
        functionId: f.id,
        size: f.reserved,
        busy: f.busy,
        provisioned: f.provisioned,
        provisionedBusy: f.provisionedBusy,
      });
      carved += f.reserved;
    } else {
      if (f.provisioned > 0) {
        blocks.push({ kind: 'provisioned', functionId: f.id, size: f.provisioned, busy: f.provisionedBusy });
        carved += f.provisioned;
      }
      unreservedBusy += f.busy - f.provisionedBusy;
    }
  }
  blocks.push({ kind: 'unreserved', size: Math.max(0, limit - carved), busy: unreservedBusy });
  return { limit, unreservedMinimum, accountBusy: live?.accountBusy ?? 0, blocks };
}
