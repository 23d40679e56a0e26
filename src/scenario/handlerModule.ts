// A function's `handler` setting ("src/app.handler") names a module by its path without the
// extension; these map it to and from the function's file names (the editor and the edits use
// them; the sandbox resolves the same extensions in resolveModulePath.ts).

const CODE_EXTENSION = /\.(m?js|cjs|ts|mts|cts)$/;

/** "src/app.mjs" -> "src/app"; a non-code name (JSON, text) is returned unchanged. */
export function moduleStem(fileName: string): string {
  return fileName.replace(CODE_EXTENSION, '');
}

/** The module part of a handler setting ("src/app" of "src/app.handler"), or null without a dot. */
export function handlerModule(handler = 'index.handler'): string | null {
  const dot = handler.lastIndexOf('.');
  return dot > 0 ? handler.slice(0, dot) : null;
}

/** The file the handler setting points at ("src/app.handler" -> src/app.mjs, .js, .cjs or .ts). */
export function handlerFileOf(files: Record<string, string>, handler = 'index.handler'): string | null {
  const module = handlerModule(handler);
  if (module === null) return null;
  return Object.keys(files).find((name) => moduleStem(name) === module) ?? null;
}
