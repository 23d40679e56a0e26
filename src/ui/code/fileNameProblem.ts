/** Why a new file name cannot be used in a function or layer, or null when it can. */
export function fileNameProblem(name: string, existing: string[], layer: boolean): string | null {
  if (existing.includes(name)) return `${name} already exists.`;
  if (!/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/.test(name))
    return 'Use letters, digits, ".", "-", "_" and "/" only.';
  // A layer may carry any file (package.json, data); a function's own files are code or JSON.
  if (!layer && !/\.(m?js|cjs|ts|json)$/.test(name)) return 'Use a .mjs, .js, .cjs, .ts or .json file.';
  return null;
}
