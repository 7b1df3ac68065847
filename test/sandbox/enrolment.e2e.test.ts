import { describe, expect, it } from '@jest/globals';

import App from '../../index.js';
import { SANDBOX_API_KEY } from '../../sandbox/server.ts';
import { loadZap, runZap } from '../../sandbox/zap.ts';
import { useSandbox } from './sandbox-helpers.js';

const sandbox = useSandbox();
const enrolment = loadZap(new URL('../../examples/enrolment.zap.json', import.meta.url));
const onboarding = loadZap(new URL('../../examples/onboarding.zap.json', import.meta.url));
const run = (zap = enrolment) => runZap(App, zap, { apiKey: SANDBOX_API_KEY });

describe('the enrolment Zap against the sandbox', () => {
  it('runs all four steps and enrols the learner, inviting them once', async () => {
    const reports = await run();

    expect(reports.map((report) => [report.operation, report.status])).toEqual([
      ['create_group', 'success'],
      ['add_course_to_group', 'success'],
      ['create_learner', 'success'],
      ['add_learner_to_group', 'success'],
    ]);
    expect(reports.map((report) => report.output)).toEqual([
      expect.objectContaining({ name: 'Analytical Engines Ltd', outcome: 'created' }),
      expect.objectContaining({
        group_name: 'Analytical Engines Ltd',
        course_names: ['Product Fundamentals', 'Partner Sales Certification'],
      }),
      expect.objectContaining({ email: 'ada.lovelace@example.com', outcome: 'created' }),
      expect.objectContaining({
        email: 'ada.lovelace@example.com',
        group_names: ['Analytical Engines Ltd'],
      }),
    ]);
    const { store } = sandbox.current();
    const ada = store.findPersonByEmail('ada.lovelace@example.com');
    const group = store.findGroupByName('Analytical Engines Ltd');
    expect(ada && group && store.groupsOf(ada.id)).toEqual([group?.id]);
    expect(store.counts()).toEqual({
      courses: 4,
      groups: 2,
      learners: 2,
      memberships: 2,
      course_assignments: 3,
      invitations_sent: 2,
    });
  });

  it('creates no duplicates when the Zap is replayed', async () => {
    await run();
    const { store } = sandbox.current();
    const afterFirst = store.counts();
    const replay = await run();
    expect(replay.every((report) => report.status === 'success')).toBe(true);
    expect(replay[0]?.output).toMatchObject({
      name: 'Analytical Engines Ltd',
      outcome: 'existing',
    });
    expect(replay[2]?.output).toMatchObject({ outcome: 'existing' });
    expect(store.counts()).toEqual(afterFirst);
  });

  it('onboards in one step, and a re-run changes nothing and says so', async () => {
    const [first] = await run(onboarding);
    expect(first?.output?.summary).toBe(
      'Created learner charles.babbage@example.com, created group Difference Engines plc, assigned 1 course to Difference Engines plc, added to Difference Engines plc and Existing Customers (Existing Customers already had the courses).',
    );
    const { store } = sandbox.current();
    const before = store.counts();
    const logged = store.log.length;

    const [again] = await run(onboarding);

    expect(again?.output?.summary).toBe(
      'No changes: charles.babbage@example.com was already onboarded (Difference Engines plc and Existing Customers already had the courses; already in Difference Engines plc and Existing Customers).',
    );
    expect(store.counts()).toEqual(before);
    const writes = store.log.slice(logged).filter((request) => request.method !== 'GET');
    expect(writes.map((request) => request.path)).toEqual(['/v2/people']);
  });

  it('stops at the first failing step, as Zapier does', async () => {
    sandbox.current().store.faults.push({ kind: 'status', status: 422, count: 1 });
    const reports = await run();
    expect(reports.map((report) => report.status)).toEqual([
      'error',
      'not run',
      'not run',
      'not run',
    ]);
    expect(reports[0]?.message).toBe(
      'Northpass rejected the data sent. Northpass said: Unprocessable Entity.',
    );
  });
});
