import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Folder dependencies point inward: ui -> state -> engine/scenario; sandbox implements an engine
// interface; the engine imports nothing from the others and stays pure (virtual clock, seeded RNG).
const restrictFolders = (...folders) =>
  folders.map((folder) => ({
    group: [`**/${folder}/**`, `../${folder}`, `../../${folder}`],
    message: `This folder must not depend on src/${folder} (see architecture.md: dependencies point inward).`,
  }));

const impureGlobals = ['Date', 'performance', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval',
  'setImmediate', 'queueMicrotask', 'requestAnimationFrame', 'Worker', 'window', 'document', 'navigator',
  'localStorage', 'indexedDB', 'fetch', 'process'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'test-reports', 'playwright-report', 'bench/results', 'bench/browser/dist', '**/dist', 'public', '.tmp', 'tmp-*', 'e2e/screenshots', '**/*.tmp.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...impureGlobals.map((name) => ({
        name,
        message: 'src/engine is pure: use the virtual clock, seeded RNG and the HandlerHost instead.',
      }))],
      'no-restricted-properties': ['error',
        { object: 'Math', property: 'random', message: 'src/engine is deterministic: use a seeded stream from rng.ts.' },
        { object: 'globalThis', message: 'src/engine must not reach for globals.' },
      ],
      'no-restricted-imports': ['error', {
        paths: ['react', 'react-dom', 'zustand', 'comlink', 'node:worker_threads', 'worker_threads', 'node:fs', 'fs'].map(
          (name) => ({ name, message: 'src/engine is pure: no UI, workers or I/O.' })),
        patterns: restrictFolders('sandbox', 'scenario', 'state', 'ui', 'cli'),
      }],
    },
  },
  {
    files: ['src/scenario/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: restrictFolders('sandbox', 'state', 'ui', 'cli') }] },
  },
  {
    files: ['src/sandbox/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: restrictFolders('state', 'ui', 'cli') }] },
  },
  {
    files: ['src/state/**/*.ts', 'src/state/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: restrictFolders('ui', 'cli') }] },
  },
);
