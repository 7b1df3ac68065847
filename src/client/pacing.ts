/**
 * Keeps one school's requests under Northpass's limit of 10 requests a second: a token bucket per
 * API key lets a short burst through at once and spaces the rest.
 */
export const REQUESTS_PER_SECOND = 7;
export const BURST = 2;

export interface Bucket {
  tokens: number;
  /** When `tokens` was last brought up to date (ms, on a monotonic clock). */
  at: number;
}

export const newBucket = (now: number): Bucket => ({ tokens: BURST, at: now });

/** Takes one token for a request at `now`; returns how long the request must wait first (ms). */
export const takeToken = (bucket: Bucket, now: number): number => {
  const tokens = Math.min(BURST, bucket.tokens + ((now - bucket.at) / 1000) * REQUESTS_PER_SECOND);
  if (tokens >= 1) {
    bucket.tokens = tokens - 1;
    bucket.at = now;
    return 0;
  }
  const wait = ((1 - tokens) / REQUESTS_PER_SECOND) * 1000;
  // the token that accrues during the wait is this request's
  bucket.tokens = 0;
  bucket.at = now + wait;
  return wait;
};

const buckets = new Map<string, Bucket>();

/** Waits, if needed, until the school behind `apiKey` may be sent another request. */
export const pace = async (apiKey: string): Promise<void> => {
  // a monotonic clock: a wall clock set back would otherwise hold requests for the difference
  const now = performance.now();
  let bucket = buckets.get(apiKey);
  if (!bucket) {
    bucket = newBucket(now);
    buckets.set(apiKey, bucket);
  }
  const wait = takeToken(bucket, now);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
};
