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
