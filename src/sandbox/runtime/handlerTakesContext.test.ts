import { describe, expect, it } from 'vitest';
import { handlerTakesContext } from './handlerTakesContext';

/* eslint-disable prefer-rest-params -- the handlers under test reach their arguments the old ways on purpose */
describe('handlerTakesContext', () => {
  it('is false only for handlers that cannot reach a second argument', () => {
    expect(handlerTakesContext(() => 1)).toBe(false);
    expect(handlerTakesContext((event: never) => event)).toBe(false);
    expect(handlerTakesContext(function handler(event: never) {
      return event;
    })).toBe(false);
  });

  it('is true for every way a handler can see its context', () => {
    expect(handlerTakesContext((_event: never, context: never) => context)).toBe(true);
    expect(handlerTakesContext((...args: never[]) => args[1])).toBe(true);
    expect(handlerTakesContext(function (this: unknown) {
      return arguments[1];
    })).toBe(true);
    // A default value stops `length` counting: both of these have length 0 or 1.
    expect(handlerTakesContext(new Function('event = {}', 'context', 'return context') as never)).toBe(true);
    expect(handlerTakesContext(new Function('{ body } = {}', 'return body') as never)).toBe(true);
    expect(handlerTakesContext(((event: never) => event).bind(null))).toBe(true);
  });
});
