/**
 * Keeps one school's requests under Northpass's limit of 10 requests a second, with one to spare
 * and room for the network: at most 9 requests start in any 1.15 s, so that even answers that
 * arrive up to 150 ms closer together than they were sent stay at 9 in Northpass's second. Up to
 * 9 go at once; the rest wait for the oldest of the last 9 to leave the window. Each request
 * reserves its start time when it asks, so requests start in the order they asked.
 */
export const REQUESTS_PER_WINDOW = 9;
/** A second, and 150 ms of network jitter. */
export const WINDOW_MS = 1_150;

/** Start times (ms, monotonic clock) of one school's recent requests, reserved ones included. */
export type Window = number[];

/** Reserves the next start time for a request asking at `now`; returns how long to wait (ms). */
export const reserve = (window: Window, now: number): number => {
  while (window.length > 0 && (window[0] ?? now) <= now - WINDOW_MS) window.shift();
  const blocker =
    window.length >= REQUESTS_PER_WINDOW ? window[window.length - REQUESTS_PER_WINDOW] : undefined;
  const start = blocker === undefined ? now : Math.max(now, blocker + WINDOW_MS);
  window.push(start);
  return start - now;
};

const windows = new Map<string, Window>();

/** Waits, if needed, until the school behind `apiKey` may be sent another request. */
export const pace = async (apiKey: string): Promise<void> => {
  // a monotonic clock: a wall clock set back would otherwise hold requests for the difference
  const now = performance.now();
  let window = windows.get(apiKey);
  if (!window) {
    window = [];
    windows.set(apiKey, window);
  }
  const wait = reserve(window, now);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
};
