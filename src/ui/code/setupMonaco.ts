// Monaco from the bundle, never from a CDN (@monaco-editor/react's default): the app must work
// offline and behind firewalls. Imported only by the lazy editor chunk.
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import TsWorker from 'monaco-editor/languages/features/typescript/ts.worker?worker';
import { nextTask } from '../common/nextTask';

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    if (label === 'json') return new JsonWorker();
    if (label === 'typescript' || label === 'javascript') return new TsWorker();
    return new EditorWorker();
  },
};

loader.config({ monaco });

// Editor backgrounds that match the panels around them (styles.css --panel), in both themes. The
// dimmed last line number and dark comments are lifted to 4.5:1 (the built-in themes give 1.8:1 and 4.4:1).
monaco.editor.defineTheme('lp-light', {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: {
    'editor.background': '#ffffff',
    'editorGutter.background': '#ffffff',
    'editorLineNumber.dimmedForeground': '#5f6875',
  },
});
monaco.editor.defineTheme('lp-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [{ token: 'comment', foreground: '7ca668' }],
  colors: {
    'editor.background': '#161b22',
    'editorGutter.background': '#161b22',
    'editorLineNumber.dimmedForeground': '#8d96a3',
  },
});

const compilerOptions = {
  target: monaco.typescript.ScriptTarget.ESNext,
  module: monaco.typescript.ModuleKind.ESNext,
  moduleResolution: monaco.typescript.ModuleResolutionKind.NodeJs,
  allowNonTsExtensions: true,
  allowJs: true,
  checkJs: false,
};
monaco.typescript.javascriptDefaults.setCompilerOptions(compilerOptions);
monaco.typescript.typescriptDefaults.setCompilerOptions({ ...compilerOptions, strict: true });

// Handler authors get typed events (`import type { APIGatewayProxyEvent } from 'aws-lambda'`,
// or a JSDoc `@type {import('aws-lambda').Handler}`); loaded after the editor is up.
const lambdaTypes = import.meta.glob<string>('/node_modules/@types/aws-lambda/**/*.d.ts', {
  query: '?raw',
  import: 'default',
});

const TYPE_FILES_PER_TASK = 8;

let typesLoaded = false;
export async function loadLambdaTypes(): Promise<void> {
  if (typesLoaded) return;
  typesLoaded = true;
  // A few files at a time: all ~60 at once arrived together and were evaluated in one task of
  // 20-35 ms of CPU. Added together at the end, so the TypeScript worker gets one update.
  const files = Object.entries(lambdaTypes);
  const entries: (readonly [string, string])[] = [];
  for (let i = 0; i < files.length; i += TYPE_FILES_PER_TASK) {
    const group = files.slice(i, i + TYPE_FILES_PER_TASK);
    entries.push(...(await Promise.all(group.map(async ([path, load]) => [path, await load()] as const))));
    await nextTask();
  }
  for (const [path, content] of entries) {
    const uri = `file://${path}`;
    monaco.typescript.typescriptDefaults.addExtraLib(content, uri);
    monaco.typescript.javascriptDefaults.addExtraLib(content, uri);
  }
}

export { monaco };
