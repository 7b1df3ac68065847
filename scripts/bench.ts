/**
 * Measures what Zapier's cold start pays for: the packaged app's size and the time to import the
 * app definition in a fresh Node process. Run with `npm run bench` (it builds first).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const RUNS = 9;
const root = resolve(import.meta.dirname, '..');

/** Entry count and size from the zip's end-of-central-directory record. */
const zipStats = (path: string): { bytes: number; files: number } => {
  const zip = readFileSync(path);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${path} is not a zip file`);
  return { bytes: zip.length, files: zip.readUInt16LE(eocd + 10) };
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
console.log(`build.zip: ${build.bytes} bytes, ${build.files} files`);
console.log(`source.zip: ${source.bytes} bytes, ${source.files} files`);
console.log(`operations defined: ${samples[0]?.ops ?? 0}`);
console.log(
  `import dist/index.js: median ${median(samples.map((s) => s.ms)).toFixed(1)} ms over ${RUNS} fresh processes`,
);
