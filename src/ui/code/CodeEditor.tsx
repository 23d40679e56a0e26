import Editor from '@monaco-editor/react';
import { loadLambdaTypes } from './setupMonaco';
import { EditorExtensionsRegistry } from 'monaco-editor/editor/browser/editorExtensions.js';
import { languageOf } from './languageOf';
import { instantiateEditorContributions } from './instantiateEditorContributions';

const INLINE_COMPLETIONS = 'editor.contrib.inlineCompletionsController';
/** Monaco's EditorContributionInstantiation.Lazy. */
const LAZY = 4;

interface Props {
  /** Set when the person clicked the code preview before the editor had loaded. */
  focusOnMount?: { current: boolean };
  /** Called once Monaco has mounted (CodePanel then removes its text preview). */
  onReady?(): void;
  /** The Monaco model's URI: one model per file keeps undo history and cursor across tabs. */
  modelPath: string;
  fileName: string;
  value: string;
  theme: 'light' | 'dark';
  onChange(value: string): void;
}

/** The heavy part (Monaco, ~95% of the JS); loaded lazily by CodePanel. */
export default function CodeEditor({ focusOnMount, onReady, modelPath, fileName, value, theme, onChange }: Props) {
  return (
    <Editor
      path={modelPath}
      language={languageOf(fileName)}
      value={value}
      theme={theme === 'dark' ? 'lp-dark' : 'lp-light'}
      onChange={(next) => onChange(next ?? '')}
      onMount={(editor, monaco) => {
        // Format on save: Ctrl/Cmd+S formats the file (the scenario itself saves as you type).
        editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => {
          void editor.getAction('editor.action.formatDocument')?.run();
        });
        if (focusOnMount?.current) editor.focus();
        if (focusOnMount) focusOnMount.current = false;
        onReady?.();
        let disposed = false;
        editor.onDidDispose(() => (disposed = true));
        // The costliest one (20-27 ms of CPU here) with the editor, in the mount task that
        // CodePanel keeps out of live runs; the rest, a few ms each, one per task.
        editor.getContribution(INLINE_COMPLETIONS);
        // Only those Monaco would create when idle: the lazy ones (rename box, ...) wait for use.
        const ids = EditorExtensionsRegistry.getEditorContributions()
          .filter((c) => c.instantiation > 0 && c.instantiation < LAZY)
          .map((c) => c.id);
        // The aws-lambda types start loading with the mount, not after the contributions: chained
        // after them, the handler's JSDoc type stayed `any` in 2 of 8 loaded runs of the e2e test.
        void loadLambdaTypes();
        void instantiateEditorContributions(editor, ids, () => disposed);
      }}
      loading={<div className="editor-loading">Loading editor…</div>}
      options={{
        minimap: { enabled: false },
        fontSize: 13,
        tabSize: 2,
        scrollBeyondLastLine: false,
        automaticLayout: true,
        fixedOverflowWidgets: true,
        renderLineHighlight: 'line',
        padding: { top: 8 },
      }}
    />
  );
}
