/**
 * What Zapier's cold start pays for, as ratios to a bare zapier-platform-core app so that the
 * machine's load cancels out: the packaged app's size against a bare core app packaged the same
 * way (offline, from the same installed packages), and the import time against importing
 * `zapier-platform-core` alone, in alternating pairs of fresh processes.
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

const importMs = (root: string, specifier: string): number =>
  Number(
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const s = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - s);`,
      ],
      { cwd: root, encoding: 'utf8' },
    ),
  );

/**
 * Imports core alone and then the app (or the other way round, every other pair), each in a
 * fresh process: the median of the pairs' ratios, and the medians of each side in ms.
 */
export const importPairs = (
  root: string,
  pairs: number,
): { ratio: number; coreMs: number; appMs: number } => {
  const app = pathToFileURL(join(root, 'dist/index.js')).href;
  const samples = Array.from({ length: pairs }, (_, index) => {
    if (index % 2 === 0) {
      const coreMs = importMs(root, 'zapier-platform-core');
      return { coreMs, appMs: importMs(root, app) };
    }
    const appMs = importMs(root, app);
    return { coreMs: importMs(root, 'zapier-platform-core'), appMs };
  });
  return {
    ratio: median(samples.map((sample) => sample.appMs / sample.coreMs)),
    coreMs: median(samples.map((sample) => sample.coreMs)),
    appMs: median(samples.map((sample) => sample.appMs)),
  };
};
