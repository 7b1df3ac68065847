import type { LockObject, ThrottleObject } from 'zapier-platform-core';

import { REQUESTS_PER_WINDOW, WINDOW_MS } from '../../client/pacing.js';

/**
 * What Zapier's own engine holds across its containers, declared on the operations. Pacing
 * inside a step (src/client/pacing.ts) keeps one run under the school's limit; these keep many
 * runs at once from meeting it.
 */

/** Requests of the most common write, measured in the sandbox: Onboard Learner, a new learner,
 * one group and one course (`npm run bench`). */
export const REQUESTS_PER_WRITE = 5;
/** Zapier counts invocations in windows of this many seconds. */
const WRITE_WINDOW_SECONDS = 10;
/** Requests a second the in-step pacer allows one school (9 in any 1.15 s). */
const PACED_PER_SECOND = (REQUESTS_PER_WINDOW * 1000) / WINDOW_MS;

/**
 * Zapier's throttle, the same on every write operation so they share one count per connection
 * (`auth`, without `action`). It counts invocations, not requests, so it is a burst damper: a
 * spreadsheet import firing hundreds of runs at once is queued and retried by Zapier, about as
 * many runs a window as the school's rate limit can serve at the measured requests per write.
 */
export const writeThrottle: ThrottleObject = {
  window: WRITE_WINDOW_SECONDS,
  limit: Math.floor((PACED_PER_SECOND * WRITE_WINDOW_SECONDS) / REQUESTS_PER_WRITE),
  scope: ['auth'],
};

/**
 * Zapier's lock: one run at a time per connection for the same `input`, held at most
 * `timeoutSeconds` (a step ends within 30 s, so a lock outlives any run that holds it).
 */
export const lockPerInput = (operation: string, input: string): LockObject => ({
  key: `${operation}:{{bundle.inputData.${input}}}`,
  scope: ['auth'],
  timeout: 60,
});
