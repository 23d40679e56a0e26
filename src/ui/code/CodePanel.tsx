import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useAppActions, useAppStore } from '../../state/useAppStore';
import { useHasInteracted, whenIdleAfterInteraction } from '../common/firstInteraction';
import { afterStartupWork } from '../common/startupWork';
import { useColorScheme } from '../common/useColorScheme';
import { handlerFileOf } from '../../scenario/handlerModule';
import { fileNameProblem } from './fileNameProblem';
import { handlerTypeFor, withHandlerType } from './handlerType';

// Lazy, and only after the page's first interaction: Monaco is most of the app's JavaScript
// (~2.5 MB gzip with its TypeScript worker), and the canvas must be usable without it.
const CodeEditor = lazy(() => import('./CodeEditor'));

/** The file as plain text until Monaco is there: the code is readable at once, and a click loads the editor. */
function CodePreview({ code, state }: { code: string; state: 'idle' | 'loading' | 'waitingForRun' }) {
  return (
    <div className="editor-preview" aria-busy={state === 'loading'}>
      <pre tabIndex={0} aria-label="Code (click to edit)">
        {code}
      </pre>
      {state === 'loading' && <span className="editor-preview-note">Loading editor…</span>}
      {state === 'waitingForRun' && (
        <span className="editor-preview-note">The editor opens when the run stops · click to open it now</span>
      )}
    </div>
  );
}

export function CodePanel() {
  // A selected layer is edited here too; otherwise the function last focused.
  const owner = useAppStore((s) => {
    const selected = s.selectedNodeId ? s.scenario.nodes.find((n) => n.id === s.selectedNodeId) : undefined;
    if (selected?.kind === 'layer') return selected;
    return s.scenario.nodes.find((n) => n.id === s.focusedFunctionId && n.kind === 'function');
  });
  const activeFile = useAppStore((s) => (owner ? s.activeFileByFunction[owner.id] : undefined));
  const scenario = useAppStore((s) => s.scenario);
  const { setFile, setActiveFile, renameFile, deleteFile } = useAppActions();
  const theme = useColorScheme();
  const interacted = useHasInteracted();
  // A click on the preview means "let me type here": the editor takes focus when it arrives.
  const wantsFocus = useRef(false);
  const [editorReady, setEditorReady] = useState(false);
  // Monaco's start (its module, the editor, its deferred parts: ~0.6 s of CPU in tasks of up to
  // ~250 ms) waits while a run is live, unless the person asks for the editor: those tasks would
  // freeze the charts and the canvas of the run. Once started it stays.
  // Decided when idle after the first interaction, not at it: when that is a press of Run, the
  // run has started by then.
  const live = useAppStore((s) => s.run.status === 'running' || s.run.status === 'starting');
  const [idleAfterInteraction, setIdleAfterInteraction] = useState(false);
  // ... and after the compiler's warm-up, so the two do not share the cores (startupWork.ts).
  useEffect(() => {
    let cancelAfter = () => {};
    const cancelIdle = whenIdleAfterInteraction(() => {
      cancelAfter = afterStartupWork(() => setIdleAfterInteraction(true));
    });
    return () => {
      cancelIdle();
      cancelAfter();
    };
  }, []);
  const [askedForEditor, setAskedForEditor] = useState(false);
  const [editorStarted, setEditorStarted] = useState(false);
  // `interacted` counts only a person's (trusted) input: a script's pointer event on the code loads nothing.
  if (!editorStarted && ((idleAfterInteraction && !live) || (interacted && askedForEditor))) setEditorStarted(true);
  // Monaco's module takes seconds to arrive here: a run pressed meanwhile keeps the preview, and the
  // editor (its creation is one ~190 ms task) comes when the run stops or the person asks for it.
  const showEditor = editorStarted && (editorReady || !live || askedForEditor);

  if (!owner || (owner.kind !== 'function' && owner.kind !== 'layer')) {
    return <p className="empty">Add a function to the canvas to write its code.</p>;
  }
  const fileNames = Object.keys(owner.files);
  const current = activeFile && activeFile in owner.files ? activeFile : fileNames[0];
  const isLayer = owner.kind === 'layer';
  // What invokes this function decides the type of `event` (@types/aws-lambda).
  const type = owner.kind === 'function' ? handlerTypeFor(scenario, owner.id) : null;
  const handlerFile = owner.kind === 'function' ? handlerFileOf(owner.files, owner.handler) : null;
  // A direct invoke carries whatever JSON the caller sends: nothing to type it with.
  const typed =
    type && type.event !== 'any' && handlerFile ? withHandlerType(owner.files[handlerFile], handlerFile, type) : null;
  const example = isLayer ? 'nodejs/node_modules/my-lib/index.js' : 'lib/util.mjs';

  return (
    <div className="code-panel nokey" data-testid="code-panel">
      <div className="file-tabs">
        {/* Only the tabs are in the tablist: the file actions next to them are plain buttons. */}
        <div className="file-tab-list" role="tablist" aria-label={`Files of ${owner.name}`}>
        {fileNames.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={name === current}
            className={`file-tab${name === current ? ' is-active' : ''}`}
            data-testid={`file-tab-${name}`}
            onClick={() => setActiveFile(owner.id, name)}
          >
            {name}
          </button>
        ))}
        </div>
        <button
          type="button"
          className="file-tab file-add"
          aria-label="Add a file"
          title={`Add a file (e.g. ${example})`}
          data-testid="file-add"
          onClick={() => {
            const name = window.prompt(`New file name (e.g. ${example}):`)?.trim();
            if (!name) return;
            const problem = fileNameProblem(name, fileNames, isLayer);
            if (problem) return window.alert(problem);
            setFile(owner.id, name, '');
            setActiveFile(owner.id, name);
          }}
        >
          +
        </button>
        {current !== undefined && (
          <>
            <button
              type="button"
              className="file-tab file-action"
              aria-label={`Rename ${current}`}
              title={`Rename ${current}`}
              data-testid="file-rename"
              onClick={() => {
                const name = window.prompt(`Rename ${current} to:`, current)?.trim();
                if (!name || name === current) return;
                const problem = fileNameProblem(name, fileNames, isLayer);
                if (problem) return window.alert(problem);
                renameFile(owner.id, current, name);
              }}
            >
              ✎
            </button>
            <button
              type="button"
              className="file-tab file-action"
              aria-label={`Delete ${current}`}
              title={fileNames.length < 2 ? 'The last file cannot be deleted' : `Delete ${current}`}
              data-testid="file-delete"
              disabled={fileNames.length < 2}
              onClick={() => {
                if (window.confirm(`Delete ${current}? Its contents are lost (Undo brings them back).`)) deleteFile(owner.id, current);
              }}
            >
              ×
            </button>
          </>
        )}
        <span className="file-tabs-note muted">
          {isLayer ? (
            <>
              layer {owner.name} · mounted at <code>/opt</code>
            </>
          ) : (
            <>
              {owner.name} · handler <code>{owner.handler ?? 'index.handler'}</code>
              {type && (
                <span data-testid="event-type" title={`Events come from ${type.source}`}>
                  {' · '}event {type.event === 'any' ? 'is the caller’s JSON' : <code>{type.event}</code>}
                </span>
              )}
              {typed !== null && handlerFile !== null && type && (
                <button
                  type="button"
                  className="btn btn-small btn-quiet"
                  data-testid="add-handler-type"
                  title={`Type the handler as ${type.handler} (from @types/aws-lambda), so the editor knows event's fields`}
                  onClick={() => {
                    setFile(owner.id, handlerFile, typed);
                    setActiveFile(owner.id, handlerFile);
                  }}
                >
                  Type it
                </button>
              )}
            </>
          )}
          {' · '}
          <span title="Formats the file (Ctrl+S or ⌘S)">Ctrl/⌘+S formats</span>
        </span>
      </div>
      <div
        className="editor-host"
        data-testid="code-editor"
        onPointerDown={() => {
          wantsFocus.current = true;
          setAskedForEditor(true);
        }}
        onKeyDown={() => setAskedForEditor(true)}
      >
        {current !== undefined && showEditor && (
          <Suspense fallback={null}>
            <CodeEditor
              modelPath={`file:///${isLayer ? 'layers' : 'functions'}/${owner.id}/${current}`}
              fileName={current}
              value={owner.files[current] ?? ''}
              theme={theme}
              focusOnMount={wantsFocus}
              onReady={() => setEditorReady(true)}
              onChange={(content) => setFile(owner.id, current, content)}
            />
          </Suspense>
        )}
        {/* Over the editor until Monaco is up; the same element throughout, so a click on it is not lost. */}
        {current !== undefined && !editorReady && (
          <CodePreview
            code={owner.files[current] ?? ''}
            state={showEditor ? 'loading' : editorStarted ? 'waitingForRun' : 'idle'}
          />
        )}
      </div>
    </div>
  );
}
