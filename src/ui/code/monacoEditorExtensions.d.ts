// The one Monaco module used beyond its public API (monaco-editor ships no types for its ESM
// internals): the registry of editor contributions, to instantiate them on our schedule.
declare module 'monaco-editor/editor/browser/editorExtensions.js' {
  export const EditorExtensionsRegistry: {
    /** instantiation: 0 with the editor, 1-3 in idle callbacks, 4 only when first used. */
    getEditorContributions(): readonly { id: string; instantiation: number }[];
  };
}
