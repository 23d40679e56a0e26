// The sandbox's Date: now() follows the environment's virtual clock, and local time is UTC, as
// on Lambda (TZ=:UTC) whatever the time zone of the machine running the playground.
/* eslint-disable @typescript-eslint/no-explicit-any */

const RealDate = Date;
const real = RealDate.prototype as any;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** ISO date-time without an offset: the spec reads it as local time, which here means UTC. */
const LOCAL_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function dateText(d: Date): string {
  const year = d.getUTCFullYear();
  const y = year < 0 ? `-${pad(-year, 6)}` : pad(year, 4);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${y}`;
}

function timeText(d: Date): string {
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} GMT+0000 (Coordinated Universal Time)`;
}

function parseUtc(text: string): number {
  return RealDate.parse(LOCAL_ISO.test(text) ? `${text}Z` : text);
}

function constructorArgs(args: unknown[], nowMs: number): unknown[] {
  if (args.length === 0) return [nowMs];
  if (args.length === 1) return typeof args[0] === 'string' ? [parseUtc(args[0])] : args;
  // Component form (year, month, ...) is local time in JavaScript: local is UTC here.
  return [RealDate.UTC(...(args.map(Number) as [number, number])) ];
}

export function createVirtualDate(nowMs: () => number): DateConstructor {
  function VirtualDate(this: unknown, ...args: unknown[]): unknown {
    if (!new.target) return (new (VirtualDate as any)() as Date).toString();
    return Reflect.construct(RealDate, constructorArgs(args, nowMs()), new.target);
  }
  const proto = Object.create(RealDate.prototype);
  for (const part of ['FullYear', 'Month', 'Date', 'Day', 'Hours', 'Minutes', 'Seconds', 'Milliseconds']) {
    const getUtc = real[`getUTC${part}`];
    proto[`get${part}`] = function (this: Date) {
      return getUtc.call(this);
    };
    const setUtc = real[`setUTC${part}`];
    if (setUtc) {
      proto[`set${part}`] = function (this: Date, ...args: unknown[]) {
        return setUtc.apply(this, args);
      };
    }
  }
  Object.assign(proto, {
    constructor: VirtualDate,
    getTimezoneOffset: () => 0,
    toString(this: Date) {
      return Number.isNaN(this.getTime()) ? 'Invalid Date' : `${dateText(this)} ${timeText(this)}`;
    },
    toDateString(this: Date) {
      return Number.isNaN(this.getTime()) ? 'Invalid Date' : dateText(this);
    },
    toTimeString(this: Date) {
      return Number.isNaN(this.getTime()) ? 'Invalid Date' : timeText(this);
    },
  });
  for (const name of ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']) {
    const method = real[name];
    proto[name] = function (this: Date, locales?: unknown, options?: Record<string, unknown>) {
      return method.call(this, locales ?? 'en-US', { timeZone: 'UTC', ...options });
    };
  }
  for (const key of Object.keys(proto)) Object.defineProperty(proto, key, { enumerable: false });
  VirtualDate.prototype = proto;
  VirtualDate.now = () => nowMs();
  VirtualDate.parse = (text: string) => parseUtc(String(text));
  VirtualDate.UTC = RealDate.UTC;
  Object.defineProperty(VirtualDate, 'name', { value: 'Date' });
  // Dates made outside the sandbox (SDK shims, structuredClone) are Dates to user code too.
  Object.defineProperty(VirtualDate, Symbol.hasInstance, { value: (value: unknown) => value instanceof RealDate });
  return VirtualDate as unknown as DateConstructor;
}
