import { describe, expect, it } from '@jest/globals';

import { BURST, newBucket, REQUESTS_PER_SECOND, takeToken } from '../../src/client/pacing.js';

describe('request pacing', () => {
  it('lets a burst through at once, then spaces requests at the steady rate', () => {
    const bucket = newBucket(0);
    const waits = Array.from({ length: BURST + 3 }, () => takeToken(bucket, 0));
    const spacing = 1000 / REQUESTS_PER_SECOND;
    expect(waits).toEqual([0, 0, spacing, 2 * spacing, 3 * spacing]);
  });

  it('never lets more than 9 requests start inside any one second (Northpass allows 10)', () => {
    const bucket = newBucket(0);
    const starts = Array.from({ length: 40 }, () => takeToken(bucket, 0));
    for (const start of starts) {
      expect(
        starts.filter((other) => other >= start && other < start + 1000).length,
      ).toBeLessThanOrEqual(9);
    }
  });

  it('refills while idle, up to the burst size', () => {
    const bucket = newBucket(0);
    for (let i = 0; i < BURST; i += 1) takeToken(bucket, 0);
    expect(takeToken(bucket, 10_000)).toBe(0);
    expect(bucket.tokens).toBe(BURST - 1);
  });
});
