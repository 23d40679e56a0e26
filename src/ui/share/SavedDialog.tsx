import { useState } from 'react';
import { deleteSaved, listSaved, renameSaved, saveScenario } from '../../state/savedScenarios';
import { useUiStore } from '../../state/uiStore';
import { useAppStoreApi } from '../../state/useAppStore';
import { Dialog } from './Dialog';
import { openScenario } from './fileActions';
import { localStore } from './storage';

/** The user's saved scenarios (in this browser): save, open, rename, delete. */
export function SavedDialog() {
  const store = useAppStoreApi();
  const close = () => useUiStore.getState().openDialog(null);
  const [list, setList] = useState(() => listSaved(localStore()));
  const [name, setName] = useState(() => store.getState().scenario.name);
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const refresh = () => setList(listSaved(localStore()));

  return (
    <Dialog title="My scenarios" onClose={close} testId="saved-dialog" wide>
      <form
        className="saved-form"
        onSubmit={(e) => {
          e.preventDefault();
          const ok = saveScenario(localStore(), { ...store.getState().scenario }, name.trim() || 'Untitled');
          setProblem(ok ? null : 'Could not save: the browser’s storage is full or blocked.');
          refresh();
        }}
      >
        <label>
          Save the current scenario as{' '}
          <input value={name} onChange={(e) => setName(e.target.value)} data-testid="save-name" />
        </label>
        <button type="submit" className="btn btn-primary btn-small" data-testid="save-current">
          Save
        </button>
      </form>
      {problem && <p className="callout callout-error">{problem}</p>}
      {list.length === 0 ? (
        <p className="empty">Nothing saved yet. Your current work is also autosaved as you edit.</p>
      ) : (
        <ul className="saved-list" data-testid="saved-list">
          {list.map((entry) => (
            <li key={entry.id} data-testid="saved-item">
              {renaming?.id === entry.id ? (
                <form
                  className="saved-rename"
                  onSubmit={(e) => {
                    e.preventDefault();
                    renameSaved(localStore(), entry.id, renaming.name.trim() || entry.name);
                    setRenaming(null);
                    refresh();
                  }}
                >
                  <input
                    autoFocus
                    value={renaming.name}
                    aria-label="New name"
                    onChange={(e) => setRenaming({ id: entry.id, name: e.target.value })}
                  />
                  <button type="submit" className="btn btn-small">
                    OK
                  </button>
                </form>
              ) : (
                <span className="saved-name">
                  <b>{entry.name}</b>
                  <span className="muted small">
                    {' '}
                    · {entry.scenario.nodes?.length ?? 0} nodes · {new Date(entry.savedAt).toLocaleString()}
                  </span>
                </span>
              )}
              <span className="saved-actions">
                <button
                  type="button"
                  className="btn btn-small"
                  data-testid="saved-open"
                  onClick={() => {
                    openScenario(
                      store,
                      entry.scenario,
                      { kind: 'info', message: `Opened “${entry.name}”.` },
                      'before opening a saved scenario',
                    );
                    useUiStore.getState().setLesson(null);
                    close();
                  }}
                >
                  Open
                </button>
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => setRenaming({ id: entry.id, name: entry.name })}
                >
                  Rename
                </button>
                <button
                  type="button"
                  className="btn btn-small btn-danger-quiet"
                  data-testid="saved-delete"
                  onClick={() => {
                    if (window.confirm(`Delete “${entry.name}”?`)) {
                      deleteSaved(localStore(), entry.id);
                      refresh();
                    }
                  }}
                >
                  Delete
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
