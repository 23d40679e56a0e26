import type { LogRecord } from './reportTypes';
import { isoTime } from './clock';
import { slotRequestId } from './slotRequestId';
import type { UuidWords } from './rng';
import { jsonApplicationLine, jsonPlatformLine } from './jsonLogLine';

export type LogSlotKind = 'user' | 'start' | 'end' | 'report' | 'platform';

/**
 * Who writes a line: fixed for an environment's life, so a line points at it (one store) instead
 * of copying six fields, three lines per invocation.
 */
export interface LogSource {
  functionId: string;
  functionName: string;
  logStream: string;
  envId: number;
  memoryMB: number;
  /** The function logs in JSON format (LoggingConfig.LogFormat). */
  json: boolean;
  /** Platform records (START/END/REPORT) pass the function's SystemLogLevel. */
  keepsSystemRecords: boolean;
}

const NO_SOURCE: LogSource = { functionId: '', functionName: '', logStream: '', envId: 0, memoryMB: 0, json: false, keepsSystemRecords: true };

/** Raw parts of a log line; formatted only when someone reads it (most lines of a fast run never are). */
export interface LogSlot extends UuidWords {
  kind: LogSlotKind;
  tMs: number;
  source: LogSource;
  /** Read it through slotRequestId(): while idPending, the id is still its four words (UuidWords). */
  requestId: string | null;
  idPending: boolean;
  level: LogRecord['level'];
  message: string;
  durationMs: number;
  maxMemoryUsedMB: number;
  initDurationMs: number;
  status: string;
  /** platform.initReport in JSON: the init error's type ('' if none). */
  errorType: string;
  /**
   * A 'report' slot that also stands for the END line just before it (same time, request,
   * duration and status): one slot for the two lines every invocation ends with.
   */
  withEnd: boolean;
}

/** Lines a slot stands for. */
function linesOf(s: LogSlot): number {
  return s.withEnd ? 2 : 1;
}

/** The END line of a 'report' slot written with its END (withEnd). */
export function endLineOf(s: LogSlot): string {
  return formatLogLine(s, 'end');
}

/** The slot's line; `kind` other than the slot's own reads it as that line (an END from its REPORT slot). */
export function formatLogLine(s: LogSlot, kind: LogSlotKind = s.kind): string {
  if (s.source.json) return kind === 'user' ? jsonApplicationLine(s) : jsonPlatformLine(s, kind);
  switch (kind) {
    case 'start':
      return `START RequestId: ${slotRequestId(s)} Version: $LATEST`;
    case 'end':
      return `END RequestId: ${slotRequestId(s)}`;
    case 'report':
      return reportLine(s);
    case 'platform':
      return s.message;
    default:
      return `${isoTime(s.tMs)}\t${slotRequestId(s) ?? 'undefined'}\t${s.level}\t${s.message}`;
  }
}

export function reportLine(s: LogSlot): string {
  let line =
    `REPORT RequestId: ${slotRequestId(s)}\tDuration: ${s.durationMs.toFixed(2)} ms\t` +
    `Billed Duration: ${Math.max(1, Math.ceil(s.durationMs + s.initDurationMs - 1e-9))} ms\t` +
    `Memory Size: ${s.source.memoryMB} MB\tMax Memory Used: ${s.maxMemoryUsedMB} MB`;
  if (s.initDurationMs > 0) line += `\tInit Duration: ${s.initDurationMs.toFixed(2)} ms`;
  if (s.status) line += `\tStatus: ${s.status}`;
  return line;
}

function record(s: LogSlot, line: string): LogRecord {
  return {
    tMs: s.tMs,
    functionId: s.source.functionId,
    logGroup: `/aws/lambda/${s.source.functionName}`,
    logStream: s.source.logStream,
    envId: s.source.envId,
    requestId: slotRequestId(s),
    level: s.kind === 'user' ? s.level : 'PLATFORM',
    line,
  };
}

/** A ring of the most recent lines; older ones are overwritten, so memory stays bounded. */
export class LogBuffer {
  private slots: LogSlot[] = [];
  private head = 0;
  private count = 0;
  dropped = 0;
  // Lines before this time are not kept (skipBefore). A take of the newest `max` is complete (what
  // it would be without skipping) when no line was skipped since the last take, or `max` lines
  // came after the last skipped one.
  private skipBeforeMs = 0;
  private skippedSinceTake = false;
  private sinceSkip = 0;

  constructor(private readonly capacity: number) {}

  /** The reader takes no line before `tMs`. */
  skipBefore(tMs: number): void {
    this.skipBeforeMs = tMs;
  }

  /** Whether `lines` lines at `tMs` go into the ring (false: the caller fills a slot nobody reads). */
  keeps(tMs: number, lines = 1): boolean {
    if (tMs >= this.skipBeforeMs) return true;
    this.skippedSinceTake = true;
    this.sinceSkip = 0;
    this.dropped += lines;
    return false;
  }

  /** Whether take(max) would now return what it would had nothing been skipped. */
  complete(max: number): boolean {
    return !this.skippedSinceTake || this.sinceSkip >= max;
  }

  /** A slot to fill in, for one line or (withEnd) an END and its REPORT; valid until the ring wraps around to it. */
  next(withEnd = false): LogSlot {
    this.sinceSkip += withEnd ? 2 : 1;
    // Wrapped by a compare, not `%`: an integer division per slot, two slots per invocation.
    let index = this.head + this.count;
    if (index >= this.capacity) index -= this.capacity;
    let slot = this.slots[index];
    if (this.count === this.capacity) {
      this.head = this.head + 1 === this.capacity ? 0 : this.head + 1;
      this.dropped += linesOf(slot);
    } else {
      this.count++;
    }
    if (slot) slot.withEnd = withEnd;
    else {
      slot = {
        kind: 'user',
        tMs: 0,
        source: NO_SOURCE,
        requestId: null,
        idPending: false,
        idA: 0,
        idB: 0,
        idC: 0,
        idD: 0,
        level: 'INFO',
        message: '',
        durationMs: 0,
        maxMemoryUsedMB: 0,
        initDurationMs: 0,
        status: '',
        errorType: '',
        withEnd,
      };
      this.slots[index] = slot;
    }
    return slot;
  }

  /** The buffered lines, oldest first; with `max`, only the newest max are formatted (the rest count as dropped). */
  take(max = Infinity): LogRecord[] {
    const out: LogRecord[] = [];
    let lines = 0;
    for (let i = 0; i < this.count; i++) lines += linesOf(this.slots[(this.head + i) % this.capacity]);
    let skip = Math.max(0, lines - max);
    this.dropped += skip;
    for (let i = 0; i < this.count; i++) {
      const s = this.slots[(this.head + i) % this.capacity];
      const n = linesOf(s);
      if (skip >= n) {
        skip -= n;
        continue;
      }
      // Of an END + REPORT slot at the cut, only the REPORT is new enough.
      if (n === 2 && skip === 0) out.push(record(s, endLineOf(s)));
      skip = 0;
      out.push(record(s, formatLogLine(s)));
    }
    this.head = 0;
    this.count = 0;
    this.skippedSinceTake = false;
    return out;
  }
}
