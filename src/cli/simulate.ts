// `npm run simulate -- FILE.json [--seconds N] [--seed S] [--series] [--logs N] [--allow-network]`: the headless report.
import { readFileSync } from 'node:fs';
import { parseScenario, formatErrors } from '../scenario/parseScenario';
import { importScenarioFile } from '../scenario/files/importScenarioFile';
import { compareVariants } from './compareVariants';
import { parseArgs, USAGE } from './parseArgs';
import { runHeadless } from './runHeadless';
import type { LogRecord } from '../engine/reportTypes';
import { describeHosts, networkRequest } from '../sandbox/network/networkGrant';
import { tuneV8ForSimulation } from './tuneV8';

async function main(): Promise<number> {
  tuneV8ForSimulation();
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
  // Files of older format versions are migrated, like files opened in the app.
  const parsed = importScenarioFile(text);
  if (!parsed.ok) {
    process.stderr.write(`invalid scenario ${args.file}:\n${formatErrors(parsed.errors)}\n`);
    return 2;
  }
  const options = { seed: args.seed, durationSeconds: args.seconds, keepSeries: args.series };
  const ask = networkRequest(parsed.scenario);
  if (ask) {
    // Said on stderr so the JSON on stdout stays clean.
    process.stderr.write(
      args.allowNetwork
        ? `network on for this run (--allow-network): handler fetch may reach ${describeHosts(ask.hosts)}; the report is not reproducible\n`
        : `the scenario asks for network (${describeHosts(ask.hosts)}${ask.reason ? `: ${ask.reason}` : ''}); it stays off, handler fetch fails. Pass --allow-network to allow it for this run\n`,
    );
  }
  if (!args.compare) {
    const lastLogs = args.logs
      ? {
          lines: args.logs,
          // stderr, like the network note: stdout stays the report's JSON.
          receive: (records: LogRecord[]) => {
            for (const r of records) process.stderr.write(`${r.logGroup}\t${r.logStream}\t${r.line}\n`);
          },
        }
      : undefined;
    const report = await runHeadless(parsed.scenario, options, args.allowNetwork, lastLogs);
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  const variants = compareVariants(parsed.scenario, args.compare);
  if ('error' in variants) {
    process.stderr.write(`${variants.error}\n`);
    return 2;
  }
  // Every variant is validated like any scenario: a value out of range is a path-specific error.
  const checked = variants.map((v) => ({ ...v, parsed: parseScenario(v.scenario) }));
  const bad = checked.filter((v) => !v.parsed.ok);
  if (bad.length) {
    for (const v of bad) if (!v.parsed.ok) process.stderr.write(`invalid variant ${v.label}:\n${formatErrors(v.parsed.errors)}\n`);
    return 2;
  }
  const reports = [];
  for (const v of checked) reports.push({ variant: v.label, report: await runHeadless(v.scenario, options, args.allowNetwork) });
  process.stdout.write(`${JSON.stringify({ compare: args.compare.setting, variants: reports }, null, 2)}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`simulate failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
