/**
 * Onboarding at a real network's pace: the sandbox delays every answer, and the request log
 * gives the requests and round trips. Nothing here reads the clock's speed: the requests per
 * second, the busiest second and the wall time are measured by `npm run bench`, and the pacing's
 * guarantee is proved on its schedule in test/client/pacing.test.ts.
 */
import { describe, expect, it } from '@jest/globals';

import App from '../../index.js';
import { measure } from '../../sandbox/metrics.ts';
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
  // the school's limit is counted in wall-clock seconds: a loaded machine could bunch requests
  // and meet it, so it is lifted here (the pacing is proved on its schedule, not here)
  sandbox.switches({ latencyMs, rateLimitPerSecond: 1_000 });
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

  it('onboards into 25 groups with 25 courses at 250 ms in 53 requests', async () => {
    const { report, metrics, store } = await onboard(scenario(25), 250);
    expect(report?.status).toBe('success');
    expect(metrics.requests).toBe(53);
    const learner = store.findPersonByEmail('new.partner@example.com');
    expect(learner && store.groupsOf(learner.id)).toHaveLength(25);
  });
});
