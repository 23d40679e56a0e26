export interface CompareSpec {
  /** A function setting (memoryMB, timeoutSeconds, reservedConcurrency, provisionedConcurrency, architecture, ...). */
  setting: string;
  values: string[];
  functionId: string | undefined;
}

export interface CliArgs {
  file: string;
  seconds?: number;
  seed?: number;
  series: boolean;
  compare?: CompareSpec;
  /** Let handler fetch reach the hosts the scenario asks for (sandbox.network); default off. */
  allowNetwork: boolean;
  /** Print the run's last N log lines (CloudWatch format) to stderr. */
  logs?: number;
}

/** Most log lines --logs may ask for (they are buffered in memory until the run ends). */
export const MAX_LOG_LINES = 1_000_000;

export const USAGE =
  'usage: npm run simulate -- FILE.json|- [--seconds N] [--seed S] [--series] [--compare SETTING=V1,V2,... --function ID] [--allow-network] [--logs N]';

/** Returns the parsed arguments or a message naming the bad argument. */
export function parseArgs(argv: string[]): CliArgs | { error: string } {
  let file: string | undefined;
  let compare: string | undefined;
  let functionId: string | undefined;
  const out: Omit<CliArgs, 'file'> = { series: false, allowNetwork: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--series') out.series = true;
    else if (arg === '--allow-network') out.allowNetwork = true;
    else if (arg === '--logs') {
      const value = Number(argv[++i]);
      if (argv[i] === undefined || !Number.isInteger(value) || value < 1 || value > MAX_LOG_LINES) {
        return { error: `--logs needs a whole number of lines from 1 to ${MAX_LOG_LINES.toLocaleString('en-US')}` };
      }
      out.logs = value;
    }
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
    } else if (arg === '--compare') {
      compare = argv[++i];
      if (!compare || !/^[A-Za-z]+=[^=]+$/.test(compare)) return { error: '--compare needs SETTING=V1,V2,... (e.g. memoryMB=128,512,1024)' };
    } else if (arg === '--function') {
      functionId = argv[++i];
      if (!functionId) return { error: '--function needs a function node id' };
    } else if (arg.startsWith('--')) return { error: `unknown option ${arg}` };
    else if (file === undefined) file = arg;
    else return { error: `unexpected argument ${arg}` };
  }
  if (file === undefined) return { error: 'a scenario file (or - for stdin) is required' };
  if (functionId && !compare) return { error: '--function is only used with --compare' };
  if (out.logs !== undefined && compare) return { error: '--logs is not used with --compare (each variant has its own logs)' };
  if (compare) {
    const [setting, list] = compare.split('=');
    out.compare = { setting, values: list.split(',').map((v) => v.trim()).filter(Boolean), functionId };
  }
  return { file, ...out };
}
