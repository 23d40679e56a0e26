// `npm test`: typecheck, lint, unit tests (Vitest) and e2e (Playwright), then one summary line
// that CI reads: "N passed, N failed". Typecheck and lint count as one check each.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const outDir = 'test-reports';
mkdirSync(outDir, { recursive: true });
let passed = 0;
let failed = 0;
const lines = [];

function run(label, command, args, env = {}) {
  process.stdout.write(`\n=== ${label}: ${command} ${args.join(' ')}\n`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: result.status === 0, seconds };
}

function check(label, command, args) {
  const { ok, seconds } = run(label, command, args);
  if (ok) passed++;
  else failed++;
  lines.push(`${label}: ${ok ? 'ok' : 'FAILED'} (${seconds} s)`);
}

function counted(label, command, args, jsonFile, count) {
  rmSync(jsonFile, { force: true });
  const { ok, seconds } = run(label, command, args);
  let p = 0;
  let f = 0;
  if (existsSync(jsonFile)) {
    ({ p, f } = count(JSON.parse(readFileSync(jsonFile, 'utf8'))));
  }
  if (!ok && f === 0) f = 1; // the runner failed before reporting (crash, config error)
  passed += p;
  failed += f;
  lines.push(`${label}: ${p} passed, ${f} failed (${seconds} s)`);
}

check('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
check('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
counted(
  'unit',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${outDir}/vitest.json`],
  `${outDir}/vitest.json`,
  (r) => ({ p: r.numPassedTests ?? 0, f: (r.numFailedTests ?? 0) + (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0) }),
);
counted('e2e', 'npx', ['playwright', 'test'], `${outDir}/playwright.json`, (r) => {
  const s = r.stats ?? {};
  return { p: s.expected ?? 0, f: (s.unexpected ?? 0) + (s.flaky ?? 0) + (s.skipped ?? 0) };
});

process.stdout.write(`\n${lines.join('\n')}\n`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
