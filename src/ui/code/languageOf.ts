/** Monaco language id for a handler file name. */
export function languageOf(fileName: string): string {
  if (/\.(m|c)?ts$/.test(fileName)) return 'typescript';
  if (/\.(m|c)?js$/.test(fileName)) return 'javascript';
  if (fileName.endsWith('.json')) return 'json';
  if (fileName.endsWith('.md')) return 'markdown';
  return 'plaintext';
}
