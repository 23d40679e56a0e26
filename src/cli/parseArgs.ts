export interface CliArgs {
  file: string;
  seconds?: number;
  seed?: number;
  series: boolean;
}

export const USAGE = 'usage: npm run simulate -- FILE.json|- [--seconds N] [--seed S] [--series]';

/** Returns the parsed arguments or a message naming the bad argument. */
export function parseArgs(argv: string[]): CliArgs | { error: string } {
  let file: string | undefined;
  const out: Omit<CliArgs, 'file'> = { series: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--series') out.series = true;
    else if (arg === '--seconds' || arg === '--seed') {
      const value = Number(argv[++i]);
      if (argv[i] === undefined || !Number.isFinite(value)) return { error: `${arg} needs a number` };
      if (arg === '--seconds') {
        if (value <= 0) return { error: '--seconds must be greater than 0' };
        out.seconds = value;
      } else {
        if (!Number.isInteger(value)) return { error: '--seed must be a whole number' };
        out.seed = value;
      }
    } else if (arg.startsWith('--')) return { error: `unknown option ${arg}` };
    else if (file === undefined) file = arg;
    else return { error: `unexpected argument ${arg}` };
  }
  if (file === undefined) return { error: 'a scenario file (or - for stdin) is required' };
  return { file, ...out };
}
