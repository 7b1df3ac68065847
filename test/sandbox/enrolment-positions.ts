/**
 * The main job against the sandbox in each position of its switches: the app must be right
 * whichever way Northpass answers (where a route is missing, test/sandbox/write-routes.e2e.test.ts
 * checks how it fails). Two test files each run half the positions, in two jest
 * workers.
 */
import { describe, expect, it } from '@jest/globals';

import App from '../../index.js';
import { SANDBOX_API_KEY } from '../../sandbox/server.ts';
import { loadZap, runZap } from '../../sandbox/zap.ts';
import { workingPositions } from './positions.js';
import { useSandbox } from './sandbox-helpers.js';

/** Every other position, from the first (`0`) or the second (`1`). */
export const describeEnrolmentInHalf = (half: 0 | 1): void => {
  const sandbox = useSandbox();
  const enrolment = loadZap(new URL('../../examples/enrolment.zap.json', import.meta.url));
  const onboarding = loadZap(new URL('../../examples/onboarding.zap.json', import.meta.url));
  const run = (zap = enrolment) => runZap(App, zap, { apiKey: SANDBOX_API_KEY });
  const positions = workingPositions.filter((_position, index) => index % 2 === half);

  describe.each(positions)('with %s', (_label, switches) => {
    it('runs the enrolment Zap and the one-step onboarding, and replays both without a duplicate', async () => {
      sandbox.switches(switches);
      const { store } = sandbox.current();
      const first = [...(await run()), ...(await run(onboarding))];
      expect(first.map((report) => [report.id, report.status, report.message])).toEqual(
        first.map((report) => [report.id, 'success', undefined]),
      );
      const after = store.counts();
      expect(after).toMatchObject({
        groups: 3,
        learners: 3,
        memberships: 4,
        course_assignments: 4,
      });

      const replay = [...(await run()), ...(await run(onboarding))];
      expect(replay.map((report) => report.status)).toEqual(replay.map(() => 'success'));
      expect(store.counts()).toEqual(after);
    });
  });
};
