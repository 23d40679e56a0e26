import type { EdgeKind } from '../../engine/scenarioTypes';

/** What each edge kind means, in a few words: the connection picker and the inspector's Connect to. */
export const KIND_HELP: Partial<Record<EdgeKind, string>> = {
  onSuccess: 'async destination for successful invocations',
  onFailure: 'async destination once retries are used up',
  deadLetter: 'dead-letter queue/topic for failed async events',
  invoke: 'call it',
  send: 'send it a message or object',
  notify: 'push an event notification',
  eventSourceMapping: 'Lambda polls it',
  redrive: 'dead-letter queue for this queue',
};
