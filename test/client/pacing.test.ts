import { describe, expect, it } from '@jest/globals';

import { REQUESTS_PER_WINDOW, reserve, WINDOW_MS, type Window } from '../../src/client/pacing.js';

/** The start times of `count` requests that all ask at time 0. */
const startsAtOnce = (count: number): number[] => {
  const window: Window = [];
  return Array.from({ length: count }, () => reserve(window, 0));
};

describe('request pacing', () => {
  it('lets up to 9 requests go at once, then each waits for the window to pass', () => {
    expect(startsAtOnce(12)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, WINDOW_MS, WINDOW_MS, WINDOW_MS]);
  });

  it('keeps 9 requests in any second even when the network brings them 150 ms closer', () => {
    const window: Window = [];
    const starts = Array.from(
      { length: 60 },
      (_, index) => reserve(window, index * 37) + index * 37,
    );
    for (const start of starts) {
      expect(
        starts.filter((other) => other >= start && other < start + 1000 + 150).length,
      ).toBeLessThanOrEqual(REQUESTS_PER_WINDOW);
    }
  });

  it('forgets requests older than the window', () => {
    const window: Window = [];
    for (let i = 0; i < REQUESTS_PER_WINDOW; i += 1) reserve(window, 0);
    expect(reserve(window, WINDOW_MS)).toBe(0);
    expect(window).toEqual([WINDOW_MS]);
  });
});
