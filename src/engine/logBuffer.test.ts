import { describe, expect, it } from 'vitest';
import { LogBuffer } from './logBuffer';

function write(buffer: LogBuffer, messages: string[]): void {
  for (const message of messages) {
    const s = buffer.next();
    s.kind = 'platform';
    s.message = message;
    s.requestId = null;
    s.idPending = false;
  }
}

describe('LogBuffer', () => {
  it('keeps the newest lines in order as the ring wraps, counting the overwritten ones', () => {
    const buffer = new LogBuffer(3);
    write(buffer, ['a', 'b', 'c', 'd', 'e']);
    expect(buffer.take().map((r) => r.line)).toEqual(['c', 'd', 'e']);
    expect(buffer.dropped).toBe(2);
    // After a take the ring starts again wherever its head was left.
    write(buffer, ['f', 'g', 'h', 'i']);
    expect(buffer.take(2).map((r) => r.line)).toEqual(['h', 'i']);
    expect(buffer.dropped).toBe(4);
    write(buffer, ['j']);
    expect(buffer.take().map((r) => r.line)).toEqual(['j']);
  });
});

describe('LogBuffer: an END with its REPORT in one slot', () => {
  function endReport(buffer: LogBuffer, requestId: string): void {
    const s = buffer.next(true);
    s.kind = 'report';
    s.requestId = requestId;
    s.idPending = false;
    s.status = '';
  }

  it('gives both lines, and counts both when taking the newest lines or dropping the slot', () => {
    const buffer = new LogBuffer(2);
    write(buffer, ['x']);
    endReport(buffer, 'r1');
    expect(buffer.take().map((r) => r.line.split('\t')[0])).toEqual(['x', 'END RequestId: r1', 'REPORT RequestId: r1']);
    endReport(buffer, 'r2');
    write(buffer, ['y']);
    // The newest two lines cut the END + REPORT slot in half: only its REPORT is taken.
    expect(buffer.take(2).map((r) => r.line.split('\t')[0])).toEqual(['REPORT RequestId: r2', 'y']);
    expect(buffer.dropped).toBe(1);
    endReport(buffer, 'r3');
    write(buffer, ['z', 'w']); // overwrites r3's slot: two lines dropped
    expect(buffer.take().map((r) => r.line)).toEqual(['z', 'w']);
    expect(buffer.dropped).toBe(3);
  });
});
