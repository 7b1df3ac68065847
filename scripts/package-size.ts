/**
 * `npm run size` (after `npm run package`; `npm test` runs it last): the packaged app's build.zip
 * against a bare zapier-platform-core app packaged the same way (fails above 1.10×), and what
 * importing the app loads (fails when it is more than the entry and one chunk, or when a module
 * outside the definitions loads with it: docs/architecture.md, "What loads when").
 */
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

import { bareCoreZip, DEFINITION_MODULES, loadedAtImport, zipStats } from './bench/cold-start.ts';

const LIMIT = 1.1;
const MAX_FILES_AT_IMPORT = 2;
const root = resolve(import.meta.dirname, '..');
const app = zipStats(resolve(root, 'build/build.zip'));
const bareZip = bareCoreZip(root);
const bare = zipStats(bareZip);
rmSync(dirname(dirname(bareZip)), { recursive: true, force: true });
const ratio = app.bytes / bare.bytes;
console.log(
  `build.zip: ${app.bytes} bytes; a bare core app packaged the same way: ${bare.bytes} bytes: ` +
    `${ratio.toFixed(3)}× (at most ${LIMIT.toFixed(2)}×)`,
);

const loaded = loadedAtImport(root);
const strays = loaded.modules.filter(
  (module) => !DEFINITION_MODULES.some((pattern) => pattern.test(module)),
);
console.log(
  `importing dist/index.js loads ${loaded.files.length} files (at most ${MAX_FILES_AT_IMPORT}), ` +
    `${loaded.bytes} bytes, ${loaded.modules.length} modules, none outside the definitions` +
    (strays.length > 0 ? `: NO, also ${strays.join(', ')}` : ''),
);
process.exit(
  ratio <= LIMIT && loaded.files.length <= MAX_FILES_AT_IMPORT && strays.length === 0 ? 0 : 1,
);
