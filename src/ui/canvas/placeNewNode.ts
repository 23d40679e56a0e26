import type { Position, ScenarioNode } from '../../engine/scenarioTypes';
import { findFreeSpot } from './findFreeSpot';

const ROW_GAP = 130;

/**
 * Where a new node goes: functions stack in a column right of the traffic, clients in a column
 * on the left, so edges read left to right. With nothing of that kind yet, near the screen centre.
 */
export function placeNewNode(
  kind: 'function' | 'client',
  nodes: readonly ScenarioNode[],
  screenCentre: Position,
): Position {
  const taken = nodes.flatMap((n) => (n.position ? [n.position] : []));
  const sameKind = nodes.filter((n) => n.kind === kind && n.position).map((n) => n.position!);
  let anchor: Position;
  if (sameKind.length > 0) {
    const x =
      kind === 'function' ? Math.max(...sameKind.map((p) => p.x)) : Math.min(...sameKind.map((p) => p.x));
    anchor = { x, y: Math.max(...sameKind.map((p) => p.y)) + ROW_GAP };
  } else if (taken.length > 0) {
    const xs = taken.map((p) => p.x);
    anchor = { x: kind === 'function' ? Math.max(...xs) + 360 : Math.min(...xs) - 360, y: screenCentre.y };
  } else {
    anchor = screenCentre;
  }
  const spot = findFreeSpot(anchor, taken, kind === 'function' ? 1 : -1);
  return { x: Math.round(spot.x), y: Math.round(spot.y) };
}
