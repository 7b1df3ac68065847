/**
 * `npm start`: the main job, end to end with no Northpass account. Starts the sandbox on a free
 * local port and runs Zaps through the built app (dist/, the code Zapier runs), printing each
 * step's outputs and the requests it made.
 *
 *   npm start                          the enrolment Zap, its replay, and one-step onboarding
 *   npm start -- FILE.zap.json         any Zap file (see sandbox/zap-file.ts), each in a fresh
 *                                      sandbox school: the default one, or the file's `school`
 *   npm start -- FILE.zap.json --replay   ... and once more, as Zapier would replay it
 *
 * Exits 0 when every step succeeded (or halted, or a filter stopped the Zap), 1 when a step
 * failed, 2 when the Zap file cannot be run.
 */
import { startSandbox, SANDBOX_API_KEY } from './server.ts';
import type { LoggedRequest, SchoolCounts } from './store.ts';
import { preview } from './zap-file.ts';
import { seedZapSchool, type ZapSchool } from './zap-school.ts';
import {
  loadZap,
  runZap,
  ZapFileError,
  type AppDefinition,
  type StepReport,
  type Zap,
} from './zap.ts';

const args = process.argv.slice(2);
const replay = args.includes('--replay');
const files = args.filter((arg) => !arg.startsWith('--'));

const marks: Record<StepReport['status'], string> = {
  success: 'ok',
  halted: 'stopped',
  error: 'FAILED',
  filtered: 'filtered',
  'not run': 'skipped',
};

/** The app Zapier would run (dist/), or the sources when a test asks (ZAP_RUNNER_SOURCE). */
const loadApp = async (): Promise<AppDefinition> =>
  (
    (await import(
      process.env.ZAP_RUNNER_SOURCE
        ? new URL('../index.ts', import.meta.url).href
        : new URL('../dist/index.js', import.meta.url).href
    )) as { default: AppDefinition }
  ).default;

/** A value as one line of the report, cut to a preview: a sample is never echoed whole. */
const show = (value: unknown): string => {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return preview(`[${value.map(show).join(', ')}]`, 200);
  if (typeof value === 'object') return preview(JSON.stringify(value), 200);
  return preview(typeof value === 'string' ? value : `${value as number | boolean}`, 200);
};

/** One sandbox school and the Zaps run against it, in order (a replay runs in the same school). */
interface Run {
  zaps: [title: string, zap: Zap][];
  school?: ZapSchool | undefined;
}

const example = (name: string) => loadZap(new URL(`../examples/${name}`, import.meta.url));

/** The runs the command line asks for: each file in its own school (its `school`, if it has one). */
const runsAsked = (): Run[] =>
  files.length > 0
    ? files.map((file) => {
        const zap = loadZap(file);
        return {
          zaps: replay
            ? [
                [file, zap],
                [`${file} (replayed)`, zap],
              ]
            : [[file, zap]],
          school: zap.school,
        };
      })
    : [
        {
          zaps: [
            ['1. Enrolment Zap, four steps', example('enrolment.zap.json')],
            [
              '2. The same Zap replayed (Zapier retries, or a person re-runs it)',
              example('enrolment.zap.json'),
            ],
            ['3. One-step onboarding', example('onboarding.zap.json')],
          ],
        },
      ];

const printCounts = (before: SchoolCounts, after: SchoolCounts) => {
  console.log('\nSchool before -> after:');
  const beforeCounts: Record<string, number> = { ...before };
  for (const [name, count] of Object.entries(after)) {
    console.log(`  ${name}: ${beforeCounts[name] ?? 0} -> ${count}`);
  }
};

/** Runs one school's Zaps in a fresh sandbox; the reports and how many requests they made. */
const runInSandbox = async (
  app: AppDefinition,
  { zaps, school }: Run,
  first: boolean,
): Promise<{ reports: StepReport[]; requests: number }> => {
  const sandbox = await startSandbox({ seed: !school });
  if (school) seedZapSchool(sandbox.store, school);
  process.env.NORTHPASS_API_URL = sandbox.url;
  let seen = 0;
  const newRequests = (): LoggedRequest[] => {
    const fresh = sandbox.store.log.slice(seen);
    seen = sandbox.store.log.length;
    return fresh;
  };
  const own = school ? "the Zap file's own" : 'the default';
  console.log(
    `${first ? '' : '\n'}Northpass sandbox at ${sandbox.url} (${own} school "${sandbox.store.schoolName}")`,
  );
  const before = sandbox.store.counts();
  const reports: StepReport[] = [];
  try {
    for (const [title, zap] of zaps) {
      console.log(`\n${title}: ${zap.name}`);
      console.log(`  Trigger: ${zap.trigger.app} ${zap.trigger.event} ${show(zap.trigger.sample)}`);
      newRequests();
      const run = await runZap(app, zap, {
        apiKey: SANDBOX_API_KEY,
        onStep: (report) => {
          const created =
            report.created === undefined ? '' : report.created ? ' (created)' : ' (found)';
          console.log(`  [${marks[report.status]}] ${report.id}: ${report.label}${created}`);
          if (report.message) console.log(`      ${report.message}`);
          for (const [key, value] of Object.entries(report.output ?? {})) {
            console.log(`      ${key}: ${show(value)}`);
          }
          for (const request of newRequests()) {
            console.log(`      -> ${request.method} ${request.path} ${request.status}`);
          }
        },
      });
      reports.push(...run);
    }
    printCounts(before, sandbox.store.counts());
    return { reports, requests: sandbox.store.log.length };
  } finally {
    await sandbox.close();
  }
};

const main = async (): Promise<number> => {
  let runs: Run[];
  try {
    runs = runsAsked();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  // the app reads NORTHPASS_API_URL on each request: one load serves every sandbox
  const app = await loadApp();
  const started = performance.now();
  const reports: StepReport[] = [];
  let requests = 0;
  try {
    for (const [index, run] of runs.entries()) {
      const done = await runInSandbox(app, run, index === 0);
      reports.push(...done.reports);
      requests += done.requests;
    }
  } catch (error) {
    if (!(error instanceof ZapFileError)) throw error;
    console.error(`\n${error.message}`);
    return 2;
  }
  const failed = reports.filter((report) => report.status === 'error');
  console.log(
    `\n${reports.length} steps, ${requests} requests to Northpass, ` +
      `${Math.round(performance.now() - started)} ms. ${failed.length === 0 ? 'No step failed.' : `${failed.length} step(s) failed.`}`,
  );
  return failed.length === 0 ? 0 : 1;
};

process.exit(await main());
