/**
 * `npm run bench` (it builds first): what Zapier's cold start pays for, as ratios to a bare
 * zapier-platform-core app (the packaged size; the import time, and the import with the code a
 * step loads on its first call, in rounds of fresh processes in rotating order); then each school shape of scripts/bench/shapes.ts at simulated network latencies on
 * the sandbox (requests, round trips, the step's wall time at the client); then the pacing under
 * CPU load: the most requests Northpass would see in any 1.15 s and 1 s while two CPU-bound
 * processes run. `npm run bench -- --table` prints only the request table of docs/requests.md
 * (counts, no clock).
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { startSandbox, SANDBOX_API_KEY } from '../sandbox/server.ts';
import { measure } from '../sandbox/metrics.ts';
import { bulkOnboardingZap, seedBigGroups, seedScenario } from '../sandbox/scenarios.ts';
import { runZap, type AppDefinition } from '../sandbox/zap.ts';
import {
  bareCoreZip,
  importRounds,
  loadedAtImport,
  runtimeChunk,
  zipStats,
} from './bench/cold-start.ts';
import { requestTable, runShape, shapes, switchesOf } from './bench/shapes.ts';

const ROUNDS = 11;
const root = resolve(import.meta.dirname, '..');
const tableOnly = process.argv.includes('--table');
const entry = pathToFileURL(resolve(root, 'dist/index.js')).href;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const sandbox = await startSandbox();
process.env.NORTHPASS_API_URL = sandbox.url;
const { default: app } = (await import(entry)) as { default: AppDefinition };

if (tableOnly) {
  const rows = [];
  for (const shape of shapes) {
    const best = await runShape(app, sandbox, shape, { pauseMs: 1_200 });
    await pause(1_200);
    const worst = await runShape(app, sandbox, shape, {
      switches: switchesOf(shape.worst),
      pauseMs: 1_200,
    });
    await pause(1_200);
    rows.push({ shape, best: best.requests, worst: worst.requests });
  }
  console.log(requestTable(rows));
  await sandbox.close();
  process.exit(0);
}

const build = zipStats(resolve(root, 'build/build.zip'));
const bareZip = bareCoreZip(root);
const bare = zipStats(bareZip);
rmSync(dirname(dirname(bareZip)), { recursive: true, force: true });
const imports = importRounds(root, ROUNDS);
console.log(`node ${process.version}`);
console.log(
  `build.zip: ${build.bytes} bytes, ${build.files} files; a bare core app packaged the same way: ` +
    `${bare.bytes} bytes, ${bare.files} files: ${(build.bytes / bare.bytes).toFixed(3)}× (at most 1.10×)`,
);
const loaded = loadedAtImport(root);
console.log(
  `import dist/index.js (${loaded.files.length} files, ${loaded.bytes} bytes: the definitions) ` +
    `against zapier-platform-core alone, ${ROUNDS} rounds of fresh processes in rotating order: ` +
    `median ratio ${imports.ratio.toFixed(2)}× (at most 1.05×); medians ` +
    `${imports.appMs.toFixed(0)} ms and ${imports.coreMs.toFixed(0)} ms`,
);
console.log(
  `a step's first call also loads ${runtimeChunk(root)} (what steps do): import and that chunk ` +
    `${imports.stepRatio.toFixed(2)}× core alone, median ${imports.stepMs.toFixed(0)} ms`,
);

// each shape at a network's pace: the sandbox delays every answer by the given latency, and the
// school's own limit (10 a second) stands
console.log(
  '\nSchool shapes on the sandbox, Northpass as hoped, after a first call on the connection:',
);
console.log(
  '(round trips: the longest chain of requests each sent after the previous answer; at 0 ms every answer is back before the next request leaves; step: wall time at the client)',
);
console.log(
  '| latency | operation | school | requests | round trips | step | floor (requests ÷ 10/s) |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const latencyMs of [0, 100, 300]) {
  for (const shape of shapes) {
    // each run starts as a fresh Zap run would: no requests of the last one in the rate window
    await pause(1_200);
    const result = await runShape(app, sandbox, shape, { latencyMs, pauseMs: 1_200 });
    console.log(
      `| ${latencyMs} ms | ${shape.operation} | ${shape.school} | ${result.requests} | ${result.roundTrips} | ${seconds(result.stepMs)} | ${seconds(result.requests * 100)} |`,
    );
  }
}
console.log('\nThe same at 300 ms where Northpass answers as the worst case of each shape says:');
console.log('| operation | school | how Northpass answers | requests | round trips | step |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const shape of shapes) {
  await pause(1_200);
  const result = await runShape(app, sandbox, shape, {
    switches: switchesOf(shape.worst),
    latencyMs: 300,
    pauseMs: 1_200,
  });
  console.log(
    `| ${shape.operation} | ${shape.school} | ${shape.worst.map(([, label]) => label).join('; ')} | ${result.requests} | ${result.roundTrips} | ${seconds(result.stepMs)} |`,
  );
}
const big = shapes.find((shape) => shape.id === 'onboard-25-thousand');
if (big) {
  await pause(1_200);
  const result = await runShape(app, sandbox, big, { latencyMs: 250 });
  console.log(
    `\n${big.operation}, ${big.school}, at 250 ms: ${result.requests} requests (at most 80), step ${seconds(result.stepMs)} (at most 12 s)`,
  );
}

// Onboard Learners: 50 new hires into 3 groups with batched memberships, and 20 where people are
// added one at a time (the batch-membership question's `single` answer), at 250 ms; the school's
// limit of 10 a second is on, and its 429s counted
console.log(
  '\nOnboard Learners, new hires into 3 groups with 1 course, at 250 ms (the issue: within 30 s):',
);
console.log('| memberships | hires | requests | round trips | step | peak req in 1 s | 429s |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const [label, count, batchMembership] of [
  ['batched', 50, 'whole'],
  ['one at a time', 20, 'single'],
] as const) {
  await pause(1_500);
  sandbox.store.reset();
  const names = seedScenario(sandbox.store, { label: '3 × 1', groups: 3, courses: 1 });
  Object.assign(sandbox.store.switches, { latencyMs: 250, batchMembership });
  const started = performance.now();
  const [report] = await runZap(app, bulkOnboardingZap(names, count), { apiKey: SANDBOX_API_KEY });
  const stepMs = performance.now() - started;
  if (report?.status !== 'success') throw new Error(`${label}: ${report?.message ?? 'no report'}`);
  const m = measure(sandbox.store.log);
  const throttled = sandbox.store.log.filter((entry) => entry.status === 429).length;
  console.log(
    `| ${label} | ${count} | ${m.requests} | ${m.roundTrips} | ${seconds(stepMs)} | ${m.peakPerSecond} | ${throttled} |`,
  );
}
sandbox.store.switches.batchMembership = 'whole';
sandbox.store.switches.latencyMs = 0;

// pacing under CPU load: two CPU-bound processes share the machine while offboarding reads
// memberships page after page (the school: 10 groups of 1,000, pages of 100, no person
// filter, a learner whose record lists no groups); what Northpass would see is counted from the
// sandbox's arrivals
const offboarder = resolve(root, 'scripts/bench-offboard.ts');
const hogs = [0, 1].map(() => spawn('yes', [], { stdio: 'ignore' }));
try {
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  sandbox.store.reset();
  const email = seedBigGroups(sandbox.store, 10);
  Object.assign(sandbox.store.switches, {
    membershipPageLimit: 100,
    membershipPersonFilter: 'ignored',
    relationshipData: false,
  });
  // the app runs in a process of its own: with the sandbox in this one, a busy event loop would
  // also delay the sandbox's note of when each request arrived
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', offboarder], {
    env: { ...process.env, NORTHPASS_API_URL: sandbox.url, BENCH_EMAIL: email },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let printed = '';
  child.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  await new Promise((resolve) => child.on('close', resolve));
  const { status, stepMs } = JSON.parse(printed || '{}') as { status?: string; stepMs?: number };
  const arrivals = sandbox.store.log.map((entry) => entry.startedAt).sort((a, b) => a - b);
  const busiest = (windowMs: number) =>
    Math.max(
      0,
      ...arrivals.map((start) => arrivals.filter((t) => t >= start && t < start + windowMs).length),
    );
  const throttled = sandbox.store.log.filter((entry) => entry.status === 429).length;
  console.log(
    '\nPacing under load (2 CPU-bound `yes` processes): Offboard Learner from every group, 10 groups of 1,000, pages of 100:',
  );
  console.log(
    '| outcome | requests | most arrivals in any 1.15 s (pacer: 9) | most in any 1 s (Northpass: 10) | 429s | step |',
  );
  console.log('| --- | --- | --- | --- | --- | --- |');
  console.log(
    `| ${status ?? 'no report'} | ${arrivals.length} | ${busiest(1_150)} | ${busiest(1_000)} | ${throttled} | ${stepMs === undefined ? '—' : seconds(stepMs)} |`,
  );
} finally {
  for (const hog of hogs) hog.kill();
}
await sandbox.close();
