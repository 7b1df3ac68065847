/**
 * `npm start`: the main job, end to end with no Northpass account. Starts the sandbox on a free
 * local port, seeds a school, and runs the enrolment Zap from examples/ through the built app
 * (dist/, the code Zapier runs), then replays it as Zapier would, then onboards a second
 * sign-up in one step. Prints each step's outcome and the requests it made; exits 0 on success.
 */
import { startSandbox, SANDBOX_API_KEY } from './server.ts';
import type { LoggedRequest } from './store.ts';
import { loadZap, runZap, type AppDefinition, type StepReport } from './zap.ts';

const sandbox = await startSandbox();
process.env.NORTHPASS_API_URL = sandbox.url;
const { default: app } = (await import(new URL('../dist/index.js', import.meta.url).href)) as {
  default: AppDefinition;
};

const marks: Record<StepReport['status'], string> = {
  success: 'ok',
  halted: 'stopped',
  error: 'FAILED',
  'not run': 'skipped',
};

let seen = 0;
const newRequests = (): LoggedRequest[] => {
  const fresh = sandbox.store.log.slice(seen);
  seen = sandbox.store.log.length;
  return fresh;
};

const run = async (title: string, file: string): Promise<StepReport[]> => {
  const zap = loadZap(new URL(`../examples/${file}`, import.meta.url));
  console.log(`\n${title}: ${zap.name}`);
  console.log(
    `  Trigger: ${zap.trigger.app} ${zap.trigger.event} ${JSON.stringify(zap.trigger.sample)}`,
  );
  newRequests();
  return runZap(app, zap, {
    apiKey: SANDBOX_API_KEY,
    onStep: (report) => {
      console.log(`  [${marks[report.status]}] ${report.label}: ${report.outcome}`);
      for (const request of newRequests()) {
        console.log(`        ${request.method} ${request.path} -> ${request.status}`);
      }
    },
  });
};

const started = performance.now();
console.log(`Northpass sandbox at ${sandbox.url} (school "${sandbox.store.schoolName}")`);
const before = sandbox.store.counts();
const runs = [
  await run('1. Enrolment Zap, five steps', 'enrolment.zap.json'),
  await run(
    '2. The same Zap replayed (Zapier retries, or a person re-runs it)',
    'enrolment.zap.json',
  ),
  await run('3. One-step onboarding', 'onboarding.zap.json'),
];
const after = sandbox.store.counts();
await sandbox.close();

const steps = runs.flat();
const failed = steps.filter((step) => step.status === 'error');
console.log('\nSchool before -> after:');
const beforeCounts: Record<string, number> = { ...before };
for (const [name, count] of Object.entries(after)) {
  console.log(`  ${name}: ${beforeCounts[name] ?? 0} -> ${count}`);
}
console.log(
  `\n${steps.length} steps, ${sandbox.store.log.length} requests to Northpass, ` +
    `${Math.round(performance.now() - started)} ms. ${failed.length === 0 ? 'All steps succeeded.' : `${failed.length} step(s) failed.`}`,
);
process.exit(failed.length === 0 ? 0 : 1);
