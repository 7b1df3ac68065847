/**
 * What a run of requests cost, read off the sandbox's request log: how many requests, how many
 * round trips on the critical path, how long, and the busiest second.
 */
import type { LoggedRequest } from './store.ts';

export interface RunMetrics {
  requests: number;
  /** The longest chain of requests each sent after the previous one's answer arrived. */
  roundTrips: number;
  /** From the first request's arrival to the last answer, in ms. */
  wallMs: number;
  /** The most requests that arrived within any one second. */
  peakPerSecond: number;
  /** Requests a second while they flowed: (requests - 1) / (last arrival - first arrival). */
  sustainedPerSecond: number;
  /** The fastest the school's limit allows: requests ÷ 10 a second, in ms. */
  floorMs: number;
}

/** Northpass's rate limit: requests a second per school. */
export const SCHOOL_LIMIT_PER_SECOND = 10;

export const measure = (log: LoggedRequest[]): RunMetrics => {
  const requests = [...log].sort((a, b) => a.startedAt - b.startedAt);
  const first = requests[0];
  const last = requests.at(-1);
  if (!first || !last) {
    return {
      requests: 0,
      roundTrips: 0,
      wallMs: 0,
      peakPerSecond: 0,
      sustainedPerSecond: 0,
      floorMs: 0,
    };
  }
  // depth[i]: round trips up to and including request i
  const depth = requests.map(() => 1);
  requests.forEach((request, index) => {
    for (let earlier = 0; earlier < index; earlier += 1) {
      const before = requests[earlier];
      if (before && before.endedAt <= request.startedAt) {
        depth[index] = Math.max(depth[index] ?? 1, (depth[earlier] ?? 1) + 1);
      }
    }
  });
  let peak = 0;
  for (let start = 0, end = 0; end < requests.length; end += 1) {
    while ((requests[end]?.startedAt ?? 0) - (requests[start]?.startedAt ?? 0) >= 1000) start += 1;
    peak = Math.max(peak, end - start + 1);
  }
  const span = last.startedAt - first.startedAt;
  return {
    requests: requests.length,
    roundTrips: Math.max(...depth),
    wallMs: Math.max(...requests.map((request) => request.endedAt)) - first.startedAt,
    peakPerSecond: peak,
    sustainedPerSecond: span > 0 ? ((requests.length - 1) * 1000) / span : requests.length,
    floorMs: (requests.length / SCHOOL_LIMIT_PER_SECOND) * 1000,
  };
};
