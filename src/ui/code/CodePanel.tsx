import { lazy, Suspense } from 'react';
import { useAppActions, useAppStore } from '../../state/useAppStore';
import { useColorScheme } from '../common/useColorScheme';

// Lazy so the canvas is interactive before Monaco (most of the app's JS) has loaded.
const CodeEditor = lazy(() => import('./CodeEditor'));

function fileNameProblem(name: string, existing: string[]): string | null {
  if (existing.includes(name)) return `${name} already exists.`;
  if (!/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/.test(name))
    return 'Use letters, digits, ".", "-", "_" and "/" only.';
  if (!/\.(m?js|cjs|ts|json)$/.test(name)) return 'Use a .mjs, .js, .cjs, .ts or .json file.';
  return null;
}

export function CodePanel() {
  const fn = useAppStore((s) =>
    s.scenario.nodes.find((n) => n.id === s.focusedFunctionId && n.kind === 'function'),
  );
  const activeFile = useAppStore((s) =>
    s.focusedFunctionId ? s.activeFileByFunction[s.focusedFunctionId] : undefined,
  );
  const { setFile, setActiveFile } = useAppActions();
  const theme = useColorScheme();

  if (!fn || fn.kind !== 'function') {
    return <p className="empty">Add a function to the canvas to write its code.</p>;
  }
  const fileNames = Object.keys(fn.files);
  const current = activeFile && activeFile in fn.files ? activeFile : fileNames[0];

  return (
    <div className="code-panel nokey" data-testid="code-panel">
      <div className="file-tabs" role="tablist" aria-label={`Files of ${fn.name}`}>
        {fileNames.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={name === current}
            className={`file-tab${name === current ? ' is-active' : ''}`}
            data-testid={`file-tab-${name}`}
            onClick={() => setActiveFile(fn.id, name)}
          >
            {name}
          </button>
        ))}
        <button
          type="button"
          className="file-tab file-add"
          aria-label="Add a file"
          title="Add a file (e.g. lib/util.mjs)"
          data-testid="file-add"
          onClick={() => {
            const name = window.prompt('New file name (e.g. lib/util.mjs):')?.trim();
            if (!name) return;
            const problem = fileNameProblem(name, fileNames);
            if (problem) return window.alert(problem);
            setFile(fn.id, name, '');
            setActiveFile(fn.id, name);
          }}
        >
          +
        </button>
        <span className="file-tabs-note muted">
          {fn.name} · handler <code>{fn.handler ?? 'index.handler'}</code>
        </span>
      </div>
      <div className="editor-host" data-testid="code-editor">
        {current !== undefined && (
          <Suspense fallback={<div className="editor-loading">Loading editor…</div>}>
            <CodeEditor
              functionId={fn.id}
              fileName={current}
              value={fn.files[current] ?? ''}
              theme={theme}
              onChange={(content) => setFile(fn.id, current, content)}
            />
          </Suspense>
        )}
      </div>
    </div>
  );
}
