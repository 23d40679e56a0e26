import type { ReactFlowInstance } from '@xyflow/react';

/** Room for the palette and tools along the top edge. */
export const FIT_PADDING = { top: '64px', left: '24px', right: '24px', bottom: '24px' } as const;

/** Fit the view once the store change has reached the canvas nodes (a render and an effect later). */
export function fitSoon(flow: Pick<ReactFlowInstance, 'fitView'>, delayMs = 80): void {
  window.setTimeout(() => void flow.fitView({ padding: FIT_PADDING, maxZoom: 1.1, duration: 200 }), delayMs);
}
