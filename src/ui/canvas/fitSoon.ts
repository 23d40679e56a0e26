import type { ReactFlowInstance } from '@xyflow/react';

/** Fit the view once the store change has reached the canvas nodes (a render and an effect later). */
export function fitSoon(flow: Pick<ReactFlowInstance, 'fitView'>, delayMs = 80): void {
  window.setTimeout(() => void flow.fitView({ padding: 0.2, maxZoom: 1.1, duration: 200 }), delayMs);
}
