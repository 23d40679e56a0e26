import type { Position } from '../../engine/scenarioTypes';

// Roughly the size of a function node plus a gap; exactness does not matter, overlap does.
const SLOT_WIDTH = 280;
const SLOT_HEIGHT = 130;

/** The free slot closest to `around`, so a new node never lands on top of another one. */
export function findFreeSpot(around: Position, taken: readonly Position[]): Position {
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
    candidates.sort(
      (a, b) => Math.hypot(a.x - around.x, a.y - around.y) - Math.hypot(b.x - around.x, b.y - around.y),
    );
    const spot = candidates.find(free);
    if (spot) return spot;
  }
  return { x: around.x, y: around.y + taken.length * 20 };
}
