/**
 * The whole test suite, as `npm test` and CI run it: type-check, lint, jest, Zapier's schema
 * validation and the offline build (which loads the packaged zip). It stops at the first failing
 * stage and always ends with jest's totals as one plain line: `N passed, M failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const results = resolve(root, 'coverage/jest-results.json');

const stages: [string, string[]][] = [
  ['type-check', ['run', 'typecheck']],
  ['lint', ['run', 'lint']],
  ['jest', ['run', 'jest', '--', '--json', `--outputFile=${results}`]],
  ['zapier validate', ['run', 'validate']],
  ['zapier build', ['run', 'package']],
];

mkdirSync(resolve(root, 'coverage'), { recursive: true });
rmSync(results, { force: true });

let failed: string | undefined;
for (const [name, args] of stages) {
  console.log(`\n=== ${name} ===`);
  const { status } = spawnSync('npm', args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) {
    failed = name;
    break;
  }
}

const totals = existsSync(results)
  ? (JSON.parse(readFileSync(results, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
    })
  : undefined;
if (failed) console.log(`\nStage failed: ${failed}`);
console.log(
  totals
    ? `${totals.numPassedTests} passed, ${totals.numFailedTests} failed`
    : '0 passed, 1 failed',
);
process.exit(failed ? 1 : 0);
