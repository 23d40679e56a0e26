import { describe, expect, it } from 'vitest';
import type { Scenario } from '../engine/scenarioTypes';
import { helloColdStarts } from '../scenario/gallery/helloColdStarts';
import { connectKind } from './canvasEdits';
import { connectionOptions } from './connectionOptions';
import { addNodeOfKind } from './newNode';

function add(s: Scenario, kind: Parameters<typeof addNodeOfKind>[1]): Scenario {
  return addNodeOfKind(s, kind, { x: 0, y: 0 }).scenario;
}

describe('connectionOptions', () => {
  it('lists one option per allowed edge kind to each other node, none for forbidden pairs', () => {
    const s = add(add(add(helloColdStarts, 'sqsQueue'), 'apiGateway'), 'parameter');
    expect(connectionOptions(s, 'hello')).toEqual([
      { toId: 'queue-1', kind: 'onSuccess' },
      { toId: 'queue-1', kind: 'onFailure' },
      { toId: 'queue-1', kind: 'deadLetter' },
    ]);
    // The client already invokes hello; it can send to the queue and invoke the gateway, never a parameter.
    expect(connectionOptions(s, 'users')).toEqual([
      { toId: 'queue-1', kind: 'send' },
      { toId: 'api-1', kind: 'invoke' },
    ]);
    expect(connectionOptions(s, 'param-1')).toEqual([]);
  });

  it('leaves out a connection once it exists, and offers a layer to each function it is not on', () => {
    let s = add(add(helloColdStarts, 'sqsQueue'), 'layer');
    const made = connectKind(s, 'hello', 'queue-1', 'deadLetter');
    if (made.ok !== true) throw new Error('setup: the deadLetter edge was refused');
    s = made.scenario;
    expect(connectionOptions(s, 'hello').map((o) => o.kind)).toEqual(['onSuccess', 'onFailure']);
    expect(connectionOptions(s, 'layer-1')).toEqual([{ toId: 'hello', kind: undefined }]);
    const attached = connectKind(s, 'layer-1', 'hello');
    if (attached.ok !== true) throw new Error('setup: the layer was refused');
    expect(connectionOptions(attached.scenario, 'layer-1')).toEqual([]);
  });
});
