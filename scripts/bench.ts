/**
 * Measures what Zapier's cold start pays for: the packaged app's size and the time to import the
 * app definition in a fresh Node process. Run with `npm run bench` (it builds first).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { startSandbox, SANDBOX_API_KEY } from '../sandbox/server.ts';
import { loadZap, runZap, type AppDefinition } from '../sandbox/zap.ts';

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

// the main job, end to end against the local sandbox: wall time and requests per run
const sandbox = await startSandbox();
process.env.NORTHPASS_API_URL = sandbox.url;
const { default: app } = (await import(entry)) as { default: AppDefinition };
for (const file of ['enrolment.zap.json', 'onboarding.zap.json']) {
  const zap = loadZap(resolve(root, 'examples', file));
  const times: number[] = [];
  const requests: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    sandbox.store.reset();
    const start = performance.now();
    await runZap(app, zap, { apiKey: SANDBOX_API_KEY });
    times.push(performance.now() - start);
    requests.push(sandbox.store.log.length);
  }
  console.log(
    `${file}: ${zap.steps.length} step(s), ${median(requests)} requests, ` +
      `median ${median(times).toFixed(0)} ms over 5 runs on the sandbox (paced at 7 requests/s after a burst of 2)`,
  );
}
await sandbox.close();
