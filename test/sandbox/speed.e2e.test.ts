/**
 * Onboarding at a real network's pace: the sandbox delays every answer, and the request log's
 * times give the round trips, the busiest second and the rate the app sustains.
 */
import { describe, expect, it } from '@jest/globals';

import App from '../../index.js';
import { measure, SCHOOL_LIMIT_PER_SECOND } from '../../sandbox/metrics.ts';
import { onboardingZap, scenarios, seedScenario, type Scenario } from '../../sandbox/scenarios.ts';
import { SANDBOX_API_KEY } from '../../sandbox/server.ts';
import { runZap } from '../../sandbox/zap.ts';
import { useSandbox } from './sandbox-helpers.js';

const sandbox = useSandbox();
const scenario = (groups: number) => {
  const found = scenarios.find((item) => item.groups === groups);
  if (!found) throw new Error(`no scenario with ${groups} groups`);
  return found;
};

const onboard = async (chosen: Scenario, latencyMs: number) => {
  const { store } = sandbox.current();
  const names = seedScenario(store, chosen);
  sandbox.switches({ latencyMs });
  const [report] = await runZap(App, onboardingZap(names), { apiKey: SANDBOX_API_KEY });
  return { report, metrics: measure(store.log), store };
};

describe('onboarding at network speed', () => {
  it('onboards a new learner into one group with one course in 3 round trips at 300 ms', async () => {
    const { report, metrics } = await onboard(scenario(1), 300);
    expect(report?.status).toBe('success');
    expect(metrics.roundTrips).toBe(3);
    expect(metrics.requests).toBe(5);
  });

  it('onboards into 25 groups with 25 courses at 250 ms, inside the limit, at 7 requests a second', async () => {
    const { report, metrics, store } = await onboard(scenario(25), 250);
    expect(report?.status).toBe('success');
    expect(metrics.peakPerSecond).toBeLessThanOrEqual(SCHOOL_LIMIT_PER_SECOND);
    expect(metrics.sustainedPerSecond).toBeGreaterThanOrEqual(7);
    const learner = store.findPersonByEmail('new.partner@example.com');
    expect(learner && store.groupsOf(learner.id)).toHaveLength(25);
    expect(store.log.filter((request) => request.status === 429)).toEqual([]);
  });
});
