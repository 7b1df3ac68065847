/**
 * The whole test suite, as `npm test` and CI run it: type-check, lint, jest, Zapier's schema
 * validation, the offline build (which loads the packaged zip) and its size against a bare core
 * app. It stops at the first failing stage and always ends with jest's totals as one plain line:
 * `N passed, M failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const unitResults = resolve(root, 'coverage/jest-unit.json');
const sandboxResults = resolve(root, 'coverage/jest-sandbox.json');

const stages: [string, string[]][] = [
  ['type-check', ['run', 'typecheck']],
  ['lint', ['run', 'lint']],
  ['unit tests (jest + nock)', ['run', 'jest', '--', '--json', `--outputFile=${unitResults}`]],
  [
    'sandbox end-to-end tests (jest)',
    ['run', 'jest:sandbox', '--', '--json', `--outputFile=${sandboxResults}`],
  ],
  ['zapier validate', ['run', 'validate']],
  ['zapier build', ['run', 'package']],
  ['package size (at most 1.10× a bare core app)', ['run', 'size']],
];

mkdirSync(resolve(root, 'coverage'), { recursive: true });
for (const file of [unitResults, sandboxResults]) rmSync(file, { force: true });

let failed: string | undefined;
for (const [name, args] of stages) {
  console.log(`\n=== ${name} ===`);
  const { status } = spawnSync('npm', args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) {
    failed = name;
    break;
  }
}

interface JestTotals {
  numPassedTests: number;
  numFailedTests: number;
}
const runs = [unitResults, sandboxResults]
  .filter((file) => existsSync(file))
  .map((file) => JSON.parse(readFileSync(file, 'utf8')) as JestTotals);
const passed = runs.reduce((sum, run) => sum + run.numPassedTests, 0);
// a stage that failed outside jest still counts as one failure, so the line never reads green
const failures = runs.reduce((sum, run) => sum + run.numFailedTests, 0) || (failed ? 1 : 0);
if (failed) console.log(`\nStage failed: ${failed}`);
console.log(`${passed} passed, ${failures} failed`);
process.exit(failed ? 1 : 0);
