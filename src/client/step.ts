import type { ZObject } from 'zapier-platform-core';

import { runOf } from './run.js';

/** What one running step shares across its requests: its request slots and its time budget. */

/** Requests one step keeps in flight at once; the pacing still holds the school's rate. */
export const CONCURRENCY = 4;

/** Runs `send` once one of the step's `CONCURRENCY` request slots is free. */
export const inSlot = async <T>(z: ZObject, send: () => Promise<T>): Promise<T> => {
  const state = runOf(z).slots;
  if (state.active >= CONCURRENCY) {
    await new Promise<void>((resolve) => state.waiting.push(resolve));
  } else {
    state.active += 1;
  }
  try {
    return await send();
  } finally {
    const next = state.waiting.shift();
    if (next) next();
    else state.active -= 1;
  }
};

/** When the step's 30-second budget ends: it runs from the step's first request. */
export const deadlineOf = (z: ZObject): number => runOf(z).deadline;
