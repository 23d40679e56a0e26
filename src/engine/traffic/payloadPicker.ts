import type { WeightedPayload } from '../scenarioTypes';
import { uuidFrom, type Rng } from '../rng';
import { isoTime } from '../clock';

export interface PayloadPicker {
  pick(): unknown;
}

const TEMPLATE = /\{\{\s*(seq|uuid|now|randomInt\s+(-?\d+)\s+(-?\d+))\s*\}\}/g;

/**
 * Picks a body by weight with the seeded stream and fills string templates:
 * {{seq}} (1, 2, ...), {{uuid}}, {{randomInt A B}} (inclusive), {{now}} (ISO time).
 */
export function createPayloadPicker(payloads: WeightedPayload[] | undefined, rng: Rng, nowMs: () => number): PayloadPicker {
  const list = payloads?.length ? payloads : [{ body: {} }];
  const weights = list.map((p) => p.weight ?? 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const templated = list.map((p) => JSON.stringify(p.body ?? {}).includes('{{'));
  let seq = 0;

  const fill = (value: unknown): unknown => {
    if (typeof value === 'string') {
      return value.replace(TEMPLATE, (_m, what: string, a?: string, b?: string) => {
        if (what === 'seq') return String(seq);
        if (what === 'uuid') return uuidFrom(rng);
        if (what === 'now') return isoTime(nowMs());
        const lo = Number(a);
        const hi = Number(b);
        return String(lo + Math.floor(rng.next() * (hi - lo + 1)));
      });
    }
    if (Array.isArray(value)) return value.map(fill);
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = fill(v);
      return out;
    }
    return value;
  };

  return {
    pick() {
      seq++;
      let index = 0;
      if (list.length > 1) {
        let r = rng.next() * total;
        while (index < list.length - 1 && (r -= weights[index]) >= 0) index++;
      }
      const body = list[index].body ?? {};
      // Each request gets its own copy: handlers may mutate their event.
      return templated[index] ? fill(body) : structuredCloneJson(body);
    },
  };
}

function structuredCloneJson(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (!Array.isArray(value) && isEmptyObject(value)) return {};
  return JSON.parse(JSON.stringify(value));
}

// No key array per request (Object.keys would allocate one for every arrival).
function isEmptyObject(value: object): boolean {
  for (const key in value) if (Object.prototype.hasOwnProperty.call(value, key)) return false;
  return true;
}
