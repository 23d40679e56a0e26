import { nextTask } from '../common/nextTask';

interface ContributionHost {
  getContribution(id: string): unknown;
}

/**
 * Creates each of the editor's contributions (hover, suggest, code actions, inline completions,
 * ...) in a task of its own, right after the editor mounts. Monaco would otherwise create them in
 * three idle callbacks spread over the next ~5 s, 17-34 ms of CPU each on a 2-core machine: a
 * run started meanwhile got them as its longest tasks, since a live run leaves idle time at every
 * frame. Creating one that exists already is a no-op (getContribution returns it).
 */
export async function instantiateEditorContributions(
  editor: ContributionHost,
  ids: readonly string[],
  isDisposed: () => boolean,
): Promise<void> {
  for (const id of ids) {
    await nextTask();
    if (isDisposed()) return;
    editor.getContribution(id);
  }
}
