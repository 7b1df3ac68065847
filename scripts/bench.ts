/**
 * `npm run bench` (it builds first): what Zapier's cold start pays for (the packaged app's size,
 * the time to import the app definition in a fresh Node process), and Onboard Learner's round
 * trips, requests, wall time and request rate at simulated network latencies on the sandbox;
 * then the pacing under CPU load: the most requests Northpass would see in any 1.15 s and 1 s
 * while two CPU-bound processes run.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { startSandbox, SANDBOX_API_KEY } from '../sandbox/server.ts';
import { measure } from '../sandbox/metrics.ts';
import {
  bulkOnboardingZap,
  onboardingZap,
  scenarios,
  seedBigGroups,
  seedScenario,
} from '../sandbox/scenarios.ts';
import { runZap, type AppDefinition } from '../sandbox/zap.ts';

const RUNS = 9;
const root = resolve(import.meta.dirname, '..');

/** Size, entry count and entry names from the zip's central directory. */
const zipStats = (path: string): { bytes: number; files: number; names: string[] } => {
  const zip = readFileSync(path);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${path} is not a zip file`);
  const files = zip.readUInt16LE(eocd + 10);
  const names: string[] = [];
  let offset = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < files; i += 1) {
    const nameLength = zip.readUInt16LE(offset + 28);
    const extra = zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
    names.push(zip.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extra;
  }
  return { bytes: zip.length, files, names };
};

/** The middle value (upper middle for an even count); RUNS is odd. */
const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const entry = pathToFileURL(resolve(root, 'dist/index.js')).href;
const probe = `const s = performance.now(); const app = (await import(${JSON.stringify(entry)})).default;
const ops = Object.keys(app.triggers).length + Object.keys(app.searches).length + Object.keys(app.creates).length;
console.log(JSON.stringify({ ms: performance.now() - s, ops }));`;

const samples = Array.from({ length: RUNS }, () => {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', probe], {
    encoding: 'utf8',
  });
  return JSON.parse(output) as { ms: number; ops: number };
});

const build = zipStats(resolve(root, 'build/build.zip'));
const source = zipStats(resolve(root, 'build/source.zip'));
console.log(`node ${process.version}`);
const manifests = build.names.filter((name) => name.endsWith('/package.json')).length;
console.log(
  `build.zip: ${build.bytes} bytes, ${build.files} files ` +
    `(${build.files - manifests} code and data files; ${manifests} package.json manifests, which ` +
    'the offline build takes from every installed package, dev ones included)',
);
console.log(`source.zip: ${source.bytes} bytes, ${source.files} files`);
console.log(`operations defined: ${samples[0]?.ops ?? 0}`);
console.log(
  `import dist/index.js: median ${median(samples.map((s) => s.ms)).toFixed(1)} ms over ${RUNS} fresh processes`,
);

// onboarding at a network's pace: the sandbox delays every answer by the given latency
const sandbox = await startSandbox();
process.env.NORTHPASS_API_URL = sandbox.url;
const { default: app } = (await import(entry)) as { default: AppDefinition };
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log(
  '\nOnboard Learner, one new learner (groups and courses named by name), on the sandbox:',
);
console.log(
  '(round trips: the longest chain of requests each sent after the previous answer; at 0 ms every answer is back before the next request leaves)',
);
console.log(
  '| latency | scenario | requests | round trips | wall time | peak req in 1 s | sustained req/s | floor (requests ÷ 10/s) |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const latencyMs of [0, 100, 300]) {
  for (const scenario of scenarios) {
    // each run starts as a fresh Zap run would: no requests of the last one in the rate window
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    sandbox.store.reset();
    const names = seedScenario(sandbox.store, scenario);
    sandbox.store.switches.latencyMs = latencyMs;
    const [report] = await runZap(app, onboardingZap(names), { apiKey: SANDBOX_API_KEY });
    if (report?.status !== 'success')
      throw new Error(`${scenario.label}: ${report?.message ?? 'no report'}`);
    const m = measure(sandbox.store.log);
    console.log(
      `| ${latencyMs} ms | ${scenario.label} | ${m.requests} | ${m.roundTrips} | ${seconds(m.wallMs)} | ${m.peakPerSecond} | ${m.sustainedPerSecond.toFixed(1)} | ${seconds(m.floorMs)} |`,
    );
  }
}

// Onboard Learners: 50 new hires into 3 groups with batched memberships, and 20 where people are
// added one at a time (the batch-membership question's `single` answer), at 250 ms; the school's
// limit of 10 a second is on, and its 429s counted
console.log(
  '\nOnboard Learners, new hires into 3 groups with 1 course, at 250 ms (the issue: within 30 s):',
);
console.log(
  '| memberships | hires | requests | round trips | wall time | peak req in 1 s | 429s |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const [label, count, batchMembership] of [
  ['batched', 50, 'whole'],
  ['one at a time', 20, 'single'],
] as const) {
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  sandbox.store.reset();
  const names = seedScenario(sandbox.store, { label: '3 × 1', groups: 3, courses: 1 });
  Object.assign(sandbox.store.switches, { latencyMs: 250, batchMembership });
  const [report] = await runZap(app, bulkOnboardingZap(names, count), { apiKey: SANDBOX_API_KEY });
  if (report?.status !== 'success') throw new Error(`${label}: ${report?.message ?? 'no report'}`);
  const m = measure(sandbox.store.log);
  const throttled = sandbox.store.log.filter((entry) => entry.status === 429).length;
  console.log(
    `| ${label} | ${count} | ${m.requests} | ${m.roundTrips} | ${seconds(m.wallMs)} | ${m.peakPerSecond} | ${throttled} |`,
  );
}
sandbox.store.switches.batchMembership = 'whole';

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
  let status = '';
  child.stdout.on('data', (chunk: Buffer) => (status += chunk.toString()));
  await new Promise((resolve) => child.on('close', resolve));
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
    '| outcome | requests | most arrivals in any 1.15 s (pacer: 9) | most in any 1 s (Northpass: 10) | 429s | wall time |',
  );
  console.log('| --- | --- | --- | --- | --- | --- |');
  console.log(
    `| ${status.trim() || 'no report'} | ${arrivals.length} | ${busiest(1_150)} | ${busiest(1_000)} | ${throttled} | ${seconds(measure(sandbox.store.log).wallMs)} |`,
  );
} finally {
  for (const hog of hogs) hog.kill();
}
await sandbox.close();
