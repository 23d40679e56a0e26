import { describe, expect, it } from 'vitest';
import { instantiateEditorContributions } from './instantiateEditorContributions';

function fakeEditor() {
  const created: string[] = [];
  return { created, getContribution: (id: string) => created.push(id) };
}

describe('instantiateEditorContributions', () => {
  it('creates every contribution in order, none in the caller’s task', async () => {
    const editor = fakeEditor();
    const done = instantiateEditorContributions(editor, ['a', 'b', 'c'], () => false);
    expect(editor.created).toEqual([]);
    await done;
    expect(editor.created).toEqual(['a', 'b', 'c']);
  });

  it('yields between creations: work queued by one runs before the next starts', async () => {
    const order: string[] = [];
    const editor = {
      getContribution: (id: string) => {
        order.push(id);
        queueMicrotask(() => order.push(`after ${id}`));
      },
    };
    await instantiateEditorContributions(editor, ['a', 'b', 'c'], () => false);
    expect(order).toEqual(['a', 'after a', 'b', 'after b', 'c', 'after c']);
  });

  it('stops once the editor is disposed', async () => {
    const editor = fakeEditor();
    await instantiateEditorContributions(editor, ['a', 'b', 'c'], () => editor.created.length >= 1);
    expect(editor.created).toEqual(['a']);
  });
});
