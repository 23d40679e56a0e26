// V8 keeps an object whose properties were added one by one past a small limit, or that began as
// Object.create(null), in dictionary mode: every property load from it goes through a generic
// lookup that optimised code cannot inline. The sandbox's Math (Math.random is seeded), Date and
// Promise are built that way and read on every invocation. An object becomes fast again once it
// serves as a prototype that a property load has gone through; other engines ignore this.

/** Returns `target` with fast properties where the engine supports it; behaviour is unchanged. */
export function withFastProperties<T extends object>(target: T): T {
  function Holder(this: unknown) {}
  Holder.prototype = target;
  const probe = new (Holder as unknown as new () => { valueOf: unknown })();
  // A load site with feedback turns the prototypes it walks fast on a miss; a function gets its
  // feedback after a few calls, so the load is repeated in one.
  for (let i = 0; i < 16; i++) loadValueOf(probe);
  return target;
}

function loadValueOf(o: { valueOf: unknown }): unknown {
  return o.valueOf;
}
