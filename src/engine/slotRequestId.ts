import type { LogSlot } from './logBuffer';
import { formatUuid } from './rng';

/** A log line's request id (or null), formatted from its words on first read (invocation.ts says why). */
export function slotRequestId(s: LogSlot): string | null {
  if (s.idPending) {
    s.requestId = formatUuid(s.idA, s.idB, s.idC, s.idD);
    s.idPending = false;
  }
  return s.requestId;
}
