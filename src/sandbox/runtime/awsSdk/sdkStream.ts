// Binary payloads as the SDK shows them to handler code: S3 object bodies as a stream with the
// SDK's mixin (transformToString / transformToByteArray / async iteration / 'data' events) and
// Lambda payloads as Uint8Array. The engine keeps bodies as text, so bytes travel as UTF-8.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { Buffer } from '../bufferShim';

/** Body / Payload / Data input (string, Buffer, Uint8Array, ArrayBuffer) as UTF-8 text. */
export function toUtf8Text(value: unknown): unknown {
  if (value instanceof ArrayBuffer) return new TextDecoder().decode(new Uint8Array(value));
  if (ArrayBuffer.isView(value)) return new TextDecoder().decode(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
  return value;
}

/** @smithy/util-stream's Uint8ArrayBlobAdapter: Lambda Invoke's output Payload. */
export class Uint8ArrayBlobAdapter extends Uint8Array {
  static fromString(source: string, encoding = 'utf-8'): Uint8ArrayBlobAdapter {
    const bytes = Buffer.from(source, encoding);
    const out = new Uint8ArrayBlobAdapter(bytes.length);
    out.set(bytes);
    return out;
  }

  transformToString(encoding = 'utf-8'): string {
    return Buffer.from(this).toString(encoding);
  }
}

type Listener = (...args: any[]) => void;

/** The body of GetObject: one chunk, readable once, like the SDK's IncomingMessage + sdkStreamMixin. */
export function createSdkStream(text: string, P: any): Record<string | symbol, unknown> {
  let consumed = false;
  let flowing = false;
  const listeners = new Map<string, Listener[]>();
  const take = () => {
    if (consumed) throw new Error('The stream has already been transformed.');
    consumed = true;
    return Buffer.from(text, 'utf8');
  };
  const emit = (name: string, ...args: unknown[]) => {
    for (const fn of [...(listeners.get(name) ?? [])]) fn(...args);
  };
  // Node emits 'data' and 'end' on later ticks, never inside on().
  const flow = () => {
    if (flowing) return;
    flowing = true;
    P.resolve().then(() => {
      let chunk: Buffer;
      try {
        chunk = take();
      } catch (error) {
        return emit('error', error);
      }
      emit('data', chunk);
      emit('end');
      emit('close');
    });
  };
  const stream: Record<string | symbol, unknown> = {
    readable: true,
    transformToString: (encoding = 'utf-8') => P.resolve().then(() => take().toString(encoding)),
    transformToByteArray: () => P.resolve().then(() => new Uint8Array(take())),
    // Readable.prototype.toArray, as in `Buffer.concat(await Body.toArray())`.
    toArray: () => P.resolve().then(() => [take()]),
    transformToWebStream: () => {
      throw new Error('transformToWebStream is not available in the Lambda Playground: use transformToString() or transformToByteArray()');
    },
    on(name: string, fn: Listener) {
      listeners.set(name, [...(listeners.get(name) ?? []), fn]);
      if (name === 'data' || name === 'readable') flow();
      return stream;
    },
    once(name: string, fn: Listener) {
      const wrapper = (...args: unknown[]) => {
        (stream.off as (n: string, f: Listener) => void)(name, wrapper);
        fn(...args);
      };
      return (stream.on as (n: string, f: Listener) => unknown)(name, wrapper);
    },
    off(name: string, fn: Listener) {
      listeners.set(name, (listeners.get(name) ?? []).filter((f) => f !== fn));
      return stream;
    },
    resume() {
      flow();
      return stream;
    },
    setEncoding() {
      return stream;
    },
    destroy() {
      consumed = true;
      return stream;
    },
    [Symbol.asyncIterator]() {
      let done = false;
      const iterator = {
        next: () =>
          P.resolve().then(() => {
            if (done) return { value: undefined, done: true };
            done = true;
            return { value: take(), done: false };
          }),
        return: () => {
          done = true;
          return P.resolve({ value: undefined, done: true });
        },
        [Symbol.asyncIterator]: () => iterator,
      };
      return iterator;
    },
  };
  stream.addListener = stream.on;
  stream.removeListener = stream.off;
  return stream;
}
