/**
 * What Zapier's cold start pays for, as ratios to a bare zapier-platform-core app so that the
 * machine's load cancels out: the packaged app's size against a bare core app packaged the same
 * way (offline, from the same installed packages), and the import time against importing
 * `zapier-platform-core` alone, in rounds of fresh processes in rotating order.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Size, entry count and entry names from the zip's central directory. */
export const zipStats = (path: string): { bytes: number; files: number; names: string[] } => {
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

/** The middle value (upper middle for an even count). */
export const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * Builds a bare core app (a definition with no operation, core its only dependency) in
 * `build/bare-core/` exactly as `npm run package` builds this one (offline, dependencies as
 * installed, hard-linked), and returns its build.zip.
 */
export const bareCoreZip = (root: string): string => {
  const dir = join(root, 'build', 'bare-core');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const core = JSON.parse(
    readFileSync(join(root, 'node_modules/zapier-platform-core/package.json'), 'utf8'),
  ) as { version: string };
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'bare-core',
      version: '1.0.0',
      type: 'module',
      exports: './index.js',
      private: true,
      dependencies: { 'zapier-platform-core': core.version },
    }),
  );
  writeFileSync(
    join(dir, 'index.js'),
    "import zapier from 'zapier-platform-core';\nexport default { version: '1.0.0', platformVersion: zapier.version, triggers: {}, searches: {}, creates: {} };\n",
  );
  cpSync(join(root, '.zapierapprc'), join(dir, '.zapierapprc'));
  // hard links: the same installed packages, in no time and no space
  execFileSync('cp', ['-al', join(root, 'node_modules'), join(dir, 'node_modules')]);
  execFileSync(
    join(root, 'node_modules/.bin/zapier-platform'),
    ['build', '--skip-dep-install', '--skip-validation'],
    { cwd: dir, env: { ...process.env, DISABLE_ZAPIER_ANALYTICS: '1' }, stdio: 'ignore' },
  );
  return join(dir, 'build', 'build.zip');
};

/** The time a fresh process takes to import these modules, one after the other. */
const importMs = (root: string, specifiers: string[]): number =>
  Number(
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const s = performance.now(); ${specifiers.map((specifier) => `await import(${JSON.stringify(specifier)});`).join(' ')} console.log(performance.now() - s);`,
      ],
      { cwd: root, encoding: 'utf8' },
    ),
  );

/**
 * Imports core alone, the app, and the app with the code a step loads on its first call
 * (src/runtime.ts's chunk), each in a fresh process, rotating the order from one round to the
 * next: the median of the rounds' ratios to core, and the medians of each in ms.
 */
export const importRounds = (
  root: string,
  rounds: number,
): {
  ratio: number;
  stepRatio: number;
  coreMs: number;
  appMs: number;
  stepMs: number;
} => {
  const app = pathToFileURL(join(root, 'dist/index.js')).href;
  const runtime = pathToFileURL(join(root, runtimeChunk(root))).href;
  const measures = {
    coreMs: () => importMs(root, ['zapier-platform-core']),
    appMs: () => importMs(root, [app]),
    stepMs: () => importMs(root, [app, runtime]),
  };
  const names = Object.keys(measures) as (keyof typeof measures)[];
  const samples = Array.from({ length: rounds }, (_, index) => {
    const order = names.map((_name, at) => names[(at + index) % names.length] ?? 'coreMs');
    return Object.fromEntries(order.map((name) => [name, measures[name]()])) as Record<
      keyof typeof measures,
      number
    >;
  });
  const middle = (pick: (sample: (typeof samples)[number]) => number) => median(samples.map(pick));
  return {
    ratio: middle((sample) => sample.appMs / sample.coreMs),
    stepRatio: middle((sample) => sample.stepMs / sample.coreMs),
    coreMs: middle((sample) => sample.coreMs),
    appMs: middle((sample) => sample.appMs),
    stepMs: middle((sample) => sample.stepMs),
  };
};

interface BundleMeta {
  inputs: Record<string, unknown>;
  outputs: Record<
    string,
    {
      entryPoint?: string;
      bytes: number;
      imports: { path: string; kind: string }[];
      inputs: Record<string, { bytesInOutput: number }>;
    }
  >;
}

/** The build's metafile (`npm run build` writes it beside build.zip). */
const bundleMeta = (root: string): BundleMeta =>
  JSON.parse(readFileSync(join(root, 'build/bundle-meta.json'), 'utf8')) as BundleMeta;

/**
 * What importing dist/index.js loads, from the build's metafile (build/bundle-meta.json): the
 * files (the entry and the chunks it imports statically), their bytes, and the source modules
 * in them. Everything else waits for a step's first call (src/lib/later.ts).
 */
export const loadedAtImport = (
  root: string,
): { files: string[]; bytes: number; modules: string[] } => {
  const meta = bundleMeta(root);
  const entry = Object.keys(meta.outputs).find((file) => meta.outputs[file]?.entryPoint);
  if (entry === undefined) throw new Error('build/bundle-meta.json names no entry point');
  const files = new Set<string>();
  const visit = (file: string): void => {
    const output = meta.outputs[file];
    if (files.has(file) || !output) return;
    files.add(file);
    for (const { path, kind } of output.imports) if (kind === 'import-statement') visit(path);
  };
  visit(entry);
  const outputs = [...files].map((file) => meta.outputs[file]);
  return {
    files: [...files],
    bytes: outputs.reduce((sum, output) => sum + (output?.bytes ?? 0), 0),
    modules: outputs.flatMap((output) => Object.keys(output?.inputs ?? {})).sort(),
  };
};

/**
 * The modules that may load with the app's definitions: what Zapier shows (the operations'
 * definitions, their input fields and the checks on them, samples and output fields) and the
 * few helpers those use. A step's work (requests, lookups, flows, zod) loads from
 * src/runtime.ts on its first call.
 */
export const DEFINITION_MODULES: readonly RegExp[] = [
  /^build\/tsc\/index\.js$/,
  /^build\/tsc\/src\/authentication\.js$/,
  /^build\/tsc\/src\/(creates|searches|triggers)\/[a-z_]+\.js$/,
  /^build\/tsc\/src\/lib\/(counts|errors|fields|inputs|later|output|settle)\.js$/,
  /^build\/tsc\/src\/resources\/[a-z-]+\/(fields|samples)\.js$/,
  /^build\/tsc\/src\/resources\/lookup\/split\.js$/,
  /^build\/tsc\/src\/resources\/people\/rows\.js$/,
  /^build\/tsc\/src\/resources\/school\/(preview|zapier-engine)\.js$/,
  // two constants shared with the pacer, for the operations' throttle
  /^build\/tsc\/src\/client\/pacing\.js$/,
];

/** The chunk of src/runtime.ts: what a step loads on its first call. */
export const runtimeChunk = (root: string): string => {
  const meta = bundleMeta(root);
  const chunk = Object.keys(meta.outputs).find((file) =>
    meta.outputs[file]?.entryPoint?.endsWith('src/runtime.js'),
  );
  if (chunk === undefined)
    throw new Error('build/bundle-meta.json has no chunk for src/runtime.js');
  return chunk;
};
