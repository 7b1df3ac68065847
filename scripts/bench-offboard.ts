/**
 * Run by `npm run bench` in a process of its own, so that the app's event loop and the
 * sandbox's are apart, as they are with Northpass: offboards `BENCH_EMAIL` from every group
 * through `dist/` (NORTHPASS_API_URL points at the bench's sandbox) and prints the step's status
 * and its wall time at the client, in ms, as JSON.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { offboardingZap } from '../sandbox/scenarios.ts';
import { SANDBOX_API_KEY } from '../sandbox/server.ts';
import { runZap, type AppDefinition } from '../sandbox/zap.ts';

const entry = pathToFileURL(resolve(import.meta.dirname, '..', 'dist/index.js')).href;
const { default: app } = (await import(entry)) as { default: AppDefinition };
const started = performance.now();
const [report] = await runZap(app, offboardingZap(process.env.BENCH_EMAIL ?? ''), {
  apiKey: SANDBOX_API_KEY,
});
console.log(
  JSON.stringify({ status: report?.status ?? 'no report', stepMs: performance.now() - started }),
);
