import { lazy, Suspense, useRef, useState } from 'react';
import { useAppActions, useAppStore } from '../../state/useAppStore';
import { useHasInteracted } from '../common/firstInteraction';
import { useColorScheme } from '../common/useColorScheme';

// Lazy, and only after the page's first interaction: Monaco is most of the app's JavaScript
// (~2.5 MB gzip with its TypeScript worker), and the canvas must be usable without it.
const CodeEditor = lazy(() => import('./CodeEditor'));

/** The file as plain text until Monaco is there: the code is readable at once, and a click loads the editor. */
function CodePreview({ code, loading }: { code: string; loading: boolean }) {
  return (
    <div className="editor-preview" aria-busy={loading}>
      <pre tabIndex={0} aria-label="Code (click to edit)">
        {code}
      </pre>
      {loading && <span className="editor-preview-note">Loading editor…</span>}
    </div>
  );
}

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
  const interacted = useHasInteracted();
  // A click on the preview means "let me type here": the editor takes focus when it arrives.
  const wantsFocus = useRef(false);
  const [editorReady, setEditorReady] = useState(false);

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
      <div
        className="editor-host"
        data-testid="code-editor"
        onPointerDown={() => {
          wantsFocus.current = true;
        }}
      >
        {current !== undefined && interacted && (
          <Suspense fallback={null}>
            <CodeEditor
              functionId={fn.id}
              fileName={current}
              value={fn.files[current] ?? ''}
              theme={theme}
              focusOnMount={wantsFocus}
              onReady={() => setEditorReady(true)}
              onChange={(content) => setFile(fn.id, current, content)}
            />
          </Suspense>
        )}
        {/* Over the editor until Monaco is up; the same element throughout, so a click on it is not lost. */}
        {current !== undefined && !editorReady && (
          <CodePreview code={fn.files[current] ?? ''} loading={interacted} />
        )}
      </div>
    </div>
  );
}
