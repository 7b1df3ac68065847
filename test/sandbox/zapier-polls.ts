/** Polling a trigger against the sandbox as Zapier polls a Zap, on a fake clock. */
import { afterEach, jest } from '@jest/globals';

import { runOnSandbox } from './sandbox-helpers.js';

afterEach(() => {
  jest.useRealTimers();
});

export type Item = Record<string, unknown> & { id: string };
type Perform = Parameters<typeof runOnSandbox>[0];

/** A Zap on a polling trigger, as Zapier runs it: deduplicated by id, its first poll recorded. */
export const zapOn = (zapId: string, perform: Perform, inputData: Record<string, unknown> = {}) => {
  const seen = new Set<string>();
  let first = true;
  return async (): Promise<Item[]> => {
    const meta = { zap: { id: zapId }, ...(first ? { isPopulatingDedupe: true } : {}) };
    const items = (await runOnSandbox(perform, inputData, meta)) as Item[];
    const fired = first ? [] : items.filter((item) => !seen.has(item.id));
    for (const item of items) seen.add(item.id);
    first = false;
    return fired;
  };
};

/** Only the clock is fake (the sandbox and the app read the same one); timers run for real. */
export const clock = (iso: string) => {
  jest.useFakeTimers({
    now: new Date(iso),
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
};
export const at = (iso: string) => {
  jest.setSystemTime(new Date(iso));
  return new Date(iso);
};
