import type { ZObject } from 'zapier-platform-core';

import { STEP_BUDGET_MS } from './config.js';

/**
 * Everything one run of a step keeps for itself, in one object: its time budget, its request
 * slots, the facts it has read, and the answers it has already asked for (a list's first page, a
 * walk, a detection). A run is core's `z` for that invocation; nothing here outlives it. State
 * shared between runs lives in `z.cache` (src/lib/shared.ts).
 */
export interface RunState {
  /** When the step's budget ends (ms since the epoch): set when the run first uses its state. */
  deadline: number;
  /** Requests in flight, and those waiting for a slot. */
  slots: { active: number; waiting: (() => void)[] };
  /** Per-run memory by name: each value is asked for once a run. */
  memo: Map<string, Promise<unknown>>;
  /** What the run has found out and acts on for the rest of it (a route missing, say). */
  marks: Set<string>;
  /** Requests sent to Northpass so far, retries included. */
  sent: number;
}

const runs = new WeakMap<ZObject, RunState>();

/** The state of the run `z` belongs to, created at its first use. */
export const runOf = (z: ZObject): RunState => {
  let state = runs.get(z);
  if (!state) {
    state = {
      deadline: Date.now() + STEP_BUDGET_MS,
      slots: { active: 0, waiting: [] },
      memo: new Map(),
      marks: new Set(),
      sent: 0,
    };
    runs.set(z, state);
  }
  return state;
};

/** The run's answer to `key`, asked for with `start` the first time only. */
export const oncePerRun = <V>(z: ZObject, key: string, start: () => Promise<V>): Promise<V> => {
  const { memo } = runOf(z);
  const known = memo.get(key) as Promise<V> | undefined;
  if (known) return known;
  const promise = start();
  memo.set(key, promise);
  return promise;
};

/** How many requests the run has sent to Northpass so far (each retry counts), for budgets. */
export const requestsSent = (z: ZObject): number => runOf(z).sent;
