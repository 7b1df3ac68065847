/**
 * `npm run size` (after `npm run package`; `npm test` runs it last): the packaged app's build.zip
 * against a bare zapier-platform-core app packaged the same way. Fails above 1.10×.
 */
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

import { bareCoreZip, zipStats } from './bench/cold-start.ts';

const LIMIT = 1.1;
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
process.exit(ratio <= LIMIT ? 0 : 1);
