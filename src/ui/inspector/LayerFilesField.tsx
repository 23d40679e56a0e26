import { useId, useState } from 'react';
import type { LayerNode } from '../../engine/scenarioTypes';
import { fileNameProblem } from '../code/fileNameProblem';
import { openTab } from '../panels/observabilityTabs';

/** A layer's files (mounted at /opt): pick a file, edit it, add or remove files. */
export function LayerFilesField({
  node,
  onChange,
  error,
}: {
  node: LayerNode;
  onChange(files: Record<string, string>): void;
  error?: string;
}) {
  const names = Object.keys(node.files);
  const [current, setCurrent] = useState(names[0] ?? '');
  const [newName, setNewName] = useState('');
  const id = useId();
  const shown = current in node.files ? current : names[0];
  const validName = newName !== '' && fileNameProblem(newName, names, true) === null;
  return (
    <fieldset className="field layer-files" data-testid="layer-files">
      <legend>Files (under /opt)</legend>
      <select aria-label="Layer file" value={shown} onChange={(e) => setCurrent(e.target.value)}>
        {names.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
      {shown !== undefined && (
        <textarea
          id={id}
          className="json-input"
          rows={8}
          spellCheck={false}
          aria-label={`Contents of ${shown}`}
          value={node.files[shown]}
          onChange={(e) => onChange({ ...node.files, [shown]: e.target.value })}
        />
      )}
      <div className="kv-row layer-file-actions">
        <input
          placeholder="nodejs/node_modules/pkg/index.js"
          aria-label="New file path"
          value={newName}
          onChange={(e) => setNewName(e.target.value.trim())}
        />
        <button
          type="button"
          className="btn btn-small"
          disabled={!validName}
          onClick={() => {
            onChange({ ...node.files, [newName]: '' });
            setCurrent(newName);
            setNewName('');
          }}
        >
          Add
        </button>
        <button
          type="button"
          className="btn btn-small btn-danger-quiet"
          disabled={names.length < 2 || shown === undefined}
          title="A layer keeps at least one file"
          onClick={() => {
            const next = { ...node.files };
            delete next[shown];
            onChange(next);
            setCurrent(Object.keys(next)[0]);
          }}
        >
          Remove
        </button>
      </div>
      <button type="button" className="btn btn-small" data-testid="layer-open-editor" onClick={() => openTab('code')}>
        Open in the code editor
      </button>
      <p className="field-hint">
        Node.js finds packages under <code>nodejs/node_modules</code> by name, as on Lambda.
      </p>
      {error && <p className="field-hint is-warning">{error}</p>}
    </fieldset>
  );
}
