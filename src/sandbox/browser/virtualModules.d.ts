declare module 'virtual:sandbox-worker-source' {
  /** The sandbox worker (engine + handler runtime) as one classic-script IIFE. */
  const source: string;
  export default source;
}
