// Identifiers the compiled code calls and the runtime supplies as module wrapper parameters.
// Kept apart from the compiler so the worker bundle does not pull in acorn.

/** The loop budget check inserted at the top of every loop body. */
export const LOOP_CHECK = '__lp_chk';
/** esbuild's async/await helper; the sandbox supplies a faster one with the same semantics. */
export const ASYNC_HELPER = '__async';
/** Receives the promise of a module body that uses top-level await. */
export const TLA_HOOK = '__lp_tla';
/** Replaces `import(x)`: loads through the environment's own require. */
export const DYNAMIC_IMPORT = '__lp_import';
