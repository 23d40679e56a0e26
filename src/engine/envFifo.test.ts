import { describe, expect, it } from 'vitest';
import { EnvFifo } from './envFifo';
import type { Environment } from './environment';

const env = (id: number) => ({ id }) as unknown as Environment;

describe('EnvFifo', () => {
  it('keeps first-in first-out order across wrap-around and growth', () => {
    const fifo = new EnvFifo();
    const seen: number[] = [];
    let next = 0;
    // Interleave pushes and shifts so the head wraps before the ring has to grow (64 → 256).
    for (let round = 0; round < 50; round++) {
      for (let k = 0; k < 5; k++, next++) fifo.push(env(next), next * 2, next * 10);
      for (let k = 0; k < 3; k++) {
        seen.push(fifo.headEnv().id);
        expect(fifo.headGen()).toBe(fifo.headEnv().id * 2);
        expect(fifo.headTimeMs()).toBe(fifo.headEnv().id * 10);
        fifo.shift();
      }
    }
    expect(fifo.size).toBe(100);
    while (fifo.size > 0) {
      seen.push(fifo.headEnv().id);
      fifo.shift();
    }
    expect(seen).toEqual(Array.from({ length: 250 }, (_, i) => i));
  });
});
