// Plain data (structured-cloneable): compiled on the app side, sent into the sandbox worker.
import type { LineMap } from './sourceLineMap';

/** The subset of esbuild's `transform` we use; native esbuild and esbuild-wasm both fit. */
export type TransformFn = (
  code: string,
  options: {
    loader: 'js' | 'ts';
    format: 'cjs' | 'esm';
    target: string;
    sourcefile: string;
    define?: Record<string, string>;
    sourcemap?: 'external';
  },
) => Promise<{ code: string; map?: string }>;

export interface CompileProblem {
  /** Lambda's errorType for a module that does not parse. */
  errorType: 'Runtime.UserCodeSyntaxError';
  /** Like Node's: "SyntaxError: Unexpected \";\"". */
  message: string;
  file: string;
  line: number;
  column: number;
  lineText: string;
}

export type CompiledFile =
  | {
      kind: 'js';
      /** CommonJS function body for the module wrapper (see runtime/moduleWrapper.ts). */
      body: string;
      isEsm: boolean;
      /** The body hands a promise to __lp_tla; init waits for it. */
      hasTopLevelAwait: boolean;
      /** Body line -> source position (absent when lines were rearranged, e.g. top-level await). */
      lineMap?: LineMap;
    }
  | { kind: 'json'; source: string }
  | { kind: 'error'; problem: CompileProblem };

/** Keyed by absolute path: /var/task/<file> or /opt/<layer file>. */
export type CompiledFiles = Record<string, CompiledFile>;
