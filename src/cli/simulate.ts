// `npm run simulate -- FILE.json [--seconds N] [--seed S] [--series]`: the headless report.
import { readFileSync } from 'node:fs';
import { parseScenarioText, formatErrors } from '../scenario/parseScenario';
import { parseArgs, USAGE } from './parseArgs';
import { runHeadless } from './runHeadless';

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if ('error' in args) {
    process.stderr.write(`${args.error}\n${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(args.file === '-' ? 0 : args.file, 'utf8');
  } catch (error) {
    process.stderr.write(`cannot read ${args.file}: ${(error as Error).message}\n`);
    return 2;
  }
  const parsed = parseScenarioText(text);
  if (!parsed.ok) {
    process.stderr.write(`invalid scenario ${args.file}:\n${formatErrors(parsed.errors)}\n`);
    return 2;
  }
  const report = await runHeadless(parsed.scenario, {
    seed: args.seed,
    durationSeconds: args.seconds,
    keepSeries: args.series,
  });
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`simulate failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
