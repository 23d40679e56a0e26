import Editor from '@monaco-editor/react';
import { loadLambdaTypes } from './setupMonaco';
import { languageOf } from './languageOf';

interface Props {
  /** Set when the person clicked the code preview before the editor had loaded. */
  focusOnMount?: { current: boolean };
  /** Called once Monaco has mounted (CodePanel then removes its text preview). */
  onReady?(): void;
  functionId: string;
  fileName: string;
  value: string;
  theme: 'light' | 'dark';
  onChange(value: string): void;
}

/** The heavy part (Monaco, ~95% of the JS); loaded lazily by CodePanel. */
export default function CodeEditor({ focusOnMount, onReady, functionId, fileName, value, theme, onChange }: Props) {
  return (
    <Editor
      // One model per file: undo history and cursor survive switching tabs.
      path={`file:///functions/${functionId}/${fileName}`}
      language={languageOf(fileName)}
      value={value}
      theme={theme === 'dark' ? 'lp-dark' : 'lp-light'}
      onChange={(next) => onChange(next ?? '')}
      onMount={(editor) => {
        if (focusOnMount?.current) editor.focus();
        if (focusOnMount) focusOnMount.current = false;
        onReady?.();
        void loadLambdaTypes();
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
