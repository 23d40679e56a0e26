// Log lines in Lambda's JSON log format (LoggingConfig.LogFormat = JSON):
//   application: {"timestamp":"…","level":"INFO","requestId":"…","message":…}
//   platform:    {"time":"…","type":"platform.start","record":{"requestId":"…","version":"$LATEST"}}
//                {"time":"…","type":"platform.runtimeDone","record":{"requestId":"…","status":"success","metrics":{"durationMs":…}}}
//                {"time":"…","type":"platform.report","record":{"requestId":"…","metrics":{"durationMs":…,"billedDurationMs":…,"memorySizeMB":…,"maxMemoryUsedMB":…[,"initDurationMs":…]},"status":"success"}}
//                {"time":"…","type":"platform.initReport","record":{"initializationType":"on-demand","phase":"init","status":"error","errorType":"…","metrics":{"durationMs":…}}}
import { isoTime } from './clock';
import type { LogSlot, LogSlotKind } from './logBuffer';
import { slotRequestId } from './slotRequestId';

const round2 = (ms: number) => Math.round(ms * 100) / 100;

/** An application line: the sandbox's members (a JSON object text) after the envelope. */
export function jsonApplicationLine(s: LogSlot): string {
  const requestId = slotRequestId(s);
  const head = `{"timestamp":"${isoTime(s.tMs)}","level":"${s.level}"${requestId === null ? '' : `,"requestId":${JSON.stringify(requestId)}`}`;
  const m = s.message;
  // A host that sent plain text (not JSON members) still yields a valid line.
  if (m.length >= 2 && m.charCodeAt(0) === 123 && m.charCodeAt(m.length - 1) === 125) {
    return m.length === 2 ? `${head}}` : `${head},${m.slice(1)}`;
  }
  return `${head},"message":${JSON.stringify(m)}}`;
}

/** Lambda's status word for a finished invoke ('' = success). */
function statusWord(status: string): string {
  return status === '' ? 'success' : status;
}

export function jsonPlatformLine(s: LogSlot, kind: LogSlotKind = s.kind): string {
  const time = isoTime(s.tMs);
  switch (kind) {
    case 'start':
      return JSON.stringify({ time, type: 'platform.start', record: { requestId: slotRequestId(s), version: '$LATEST' } });
    case 'end':
      return JSON.stringify({
        time,
        type: 'platform.runtimeDone',
        record: { requestId: slotRequestId(s), status: statusWord(s.status), metrics: { durationMs: round2(s.durationMs) } },
      });
    case 'report': {
      const metrics: Record<string, number> = {
        durationMs: round2(s.durationMs),
        billedDurationMs: Math.max(1, Math.ceil(s.durationMs + s.initDurationMs - 1e-9)),
        memorySizeMB: s.source.memoryMB,
        maxMemoryUsedMB: s.maxMemoryUsedMB,
      };
      if (s.initDurationMs > 0) metrics.initDurationMs = round2(s.initDurationMs);
      return JSON.stringify({ time, type: 'platform.report', record: { requestId: slotRequestId(s), metrics, status: statusWord(s.status) } });
    }
    default: {
      const record: Record<string, unknown> = { initializationType: 'on-demand', phase: 'init', status: s.status || 'error' };
      if (s.errorType) record.errorType = s.errorType;
      record.metrics = { durationMs: round2(s.initDurationMs) };
      return JSON.stringify({ time, type: 'platform.initReport', record });
    }
  }
}
