import type { Position } from '../../engine/scenarioTypes';

// Roughly the size of a function node plus a gap; exactness does not matter, overlap does.
const SLOT_WIDTH = 280;
const SLOT_HEIGHT = 130;

/**
 * The free slot closest to `around`, so a new node never lands on top of another one.
 * `preferDx` biases the search to one side: functions to the right, clients to the left,
 * so new edges tend to read left to right.
 */
export function findFreeSpot(around: Position, taken: readonly Position[], preferDx: 1 | -1 = 1): Position {
  const free = (p: Position) =>
    taken.every((t) => Math.abs(t.x - p.x) >= SLOT_WIDTH || Math.abs(t.y - p.y) >= SLOT_HEIGHT);
  for (let ring = 0; ring < 8; ring++) {
    const candidates: Position[] = [];
    for (let dx = -ring; dx <= ring; dx++) {
      for (let dy = -ring; dy <= ring; dy++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        candidates.push({ x: around.x + dx * SLOT_WIDTH, y: around.y + dy * SLOT_HEIGHT });
      }
    }
    const cost = (p: Position) =>
      Math.hypot(p.x - around.x, p.y - around.y) + (Math.sign(p.x - around.x) === -preferDx ? SLOT_WIDTH : 0);
    candidates.sort((a, b) => cost(a) - cost(b));
    const spot = candidates.find(free);
    if (spot) return spot;
  }
  return { x: around.x, y: around.y + taken.length * 20 };
}
