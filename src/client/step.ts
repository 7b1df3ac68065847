import type { ZObject } from 'zapier-platform-core';

import { STEP_BUDGET_MS } from './config.js';

/** What one running step shares across its requests: its request slots and its time budget. */

/** Requests one step keeps in flight at once; the pacing still holds the school's rate. */
export const CONCURRENCY = 4;

interface Slots {
  active: number;
  waiting: (() => void)[];
}
const slots = new WeakMap<ZObject, Slots>();

/** Runs `send` once one of the step's `CONCURRENCY` request slots is free. */
export const inSlot = async <T>(z: ZObject, send: () => Promise<T>): Promise<T> => {
  const state = slots.get(z) ?? { active: 0, waiting: [] };
  slots.set(z, state);
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

/** When each running step sent its first request: its 30-second budget runs from there. */
const deadlines = new WeakMap<ZObject, number>();
export const deadlineOf = (z: ZObject): number => {
  const deadline = deadlines.get(z) ?? Date.now() + STEP_BUDGET_MS;
  deadlines.set(z, deadline);
  return deadline;
};
