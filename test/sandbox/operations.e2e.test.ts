import { describe, expect, it } from '@jest/globals';

import { testAuth } from '../../src/authentication.js';
import { perform as addCourseToGroup } from '../../src/creates/add_course_to_group.js';
import { perform as addLearnerToGroup } from '../../src/creates/add_learner_to_group.js';
import { perform as createGroup } from '../../src/creates/create_group.js';
import { perform as createLearner } from '../../src/creates/create_learner.js';
import { perform as removeLearnerFromGroup } from '../../src/creates/remove_learner_from_group.js';
import { perform as resendInvitation } from '../../src/creates/resend_invitation.js';
import { perform as updateLearner } from '../../src/creates/update_learner.js';
import { perform as findCourse } from '../../src/searches/find_course.js';
import { perform as findGroup } from '../../src/searches/find_group.js';
import { perform as findLearner } from '../../src/searches/find_learner.js';
import { perform as courseList } from '../../src/triggers/course_list.js';
import { perform as groupList } from '../../src/triggers/group_list.js';
import { perform as newCourse } from '../../src/triggers/new_course.js';
import { perform as newCourseCompletion } from '../../src/triggers/new_course_completion.js';
import { perform as newGroup } from '../../src/triggers/new_group.js';
import { perform as newLearner } from '../../src/triggers/new_learner.js';
import { raised } from '../raised.js';
import { runOnSandbox, useSandbox } from './sandbox-helpers.js';

const sandbox = useSandbox();
const writes = () => sandbox.current().store.log.filter((request) => request.method !== 'GET');

describe('each operation against the sandbox', () => {
  it('connects and labels the connection with the school name', async () => {
    // a school on a URL other than Northpass's own is labelled with it, so a sandbox connection
    // is never mistaken for the real school
    expect(await runOnSandbox(testAuth)).toMatchObject({
      label: `Acme Academy (${sandbox.current().url})`,
      school_name: 'Acme Academy',
    });
  });

  it('creates, finds and lists groups', async () => {
    const created = await runOnSandbox(createGroup, { name: 'Globex' });
    expect(created).toMatchObject({ name: 'Globex', outcome: 'created' });
    expect(await runOnSandbox(createGroup, { name: 'Globex' })).toMatchObject({
      id: created.id,
      outcome: 'existing',
    });
    expect(await runOnSandbox(findGroup, { name: ' globex ' })).toMatchObject([{ id: created.id }]);
    expect(await runOnSandbox(findGroup, { name: 'Initech' })).toEqual([]);
    expect((await runOnSandbox(groupList)).map((group) => group.name)).toEqual([
      'Existing Customers',
      'Globex',
    ]);
    expect((await runOnSandbox(newGroup)).map((group) => group.name)).toEqual([
      'Globex',
      'Existing Customers',
    ]);
  });

  it('finds and lists courses, and assigns them to a group twice without error', async () => {
    expect(await runOnSandbox(findCourse, { name: 'product fundamentals' })).toMatchObject([
      { name: 'Product Fundamentals', status: 'published' },
    ]);
    expect((await runOnSandbox(courseList)).map((course) => course.name)).toEqual([
      'Advanced Integrations',
      'Legacy Onboarding',
      'Partner Sales Certification',
      'Product Fundamentals',
    ]);
    expect((await runOnSandbox(newCourse)).map((course) => course.name)).toEqual([
      'Partner Sales Certification',
      'Product Fundamentals',
    ]);
    const input = {
      group: 'Existing Customers',
      courses: ['Product Fundamentals', 'Advanced Integrations'],
    };
    await runOnSandbox(addCourseToGroup, input);
    expect(await runOnSandbox(addCourseToGroup, input)).toMatchObject({
      course_names: ['Product Fundamentals', 'Advanced Integrations'],
    });
    expect(sandbox.current().store.counts().course_assignments).toBe(2);
  });

  it('creates, finds, updates and removes a learner', async () => {
    // the sandbox takes PUT only by default; this test is about the update, whichever verb the
    // app sends (people.test.ts covers each verb switch)
    sandbox.switches({ personUpdateVerbs: 'both' });
    const ada = await runOnSandbox(createLearner, { email: 'ADA@example.com', first_name: 'Ada' });
    expect(ada).toMatchObject({
      email: 'ada@example.com',
      outcome: 'created',
      registration_status: 'not_activated',
    });
    expect(await runOnSandbox(findLearner, { email: 'ada@example.com' })).toMatchObject([
      { id: ada.id },
    ]);
    expect(
      await runOnSandbox(updateLearner, { learner: ada.id, last_name: 'Lovelace' }),
    ).toMatchObject({
      full_name: 'Ada Lovelace',
    });
    expect(
      await raised(runOnSandbox(updateLearner, { learner: ada.id, email: 'grace@example.com' })),
    ).toMatchObject({
      message:
        'Northpass rejected the data sent. Northpass said: Email has already been taken (field: email).',
    });
    const membership = { learner: ada.id, groups: ['Existing Customers'] };
    await runOnSandbox(addLearnerToGroup, membership);
    expect(await runOnSandbox(removeLearnerFromGroup, membership)).toMatchObject({
      outcome: 'removed',
      removed_group_names: ['Existing Customers'],
    });
    expect(await runOnSandbox(removeLearnerFromGroup, membership)).toMatchObject({
      outcome: 'not_a_member',
      removed_group_names: [],
    });
  });

  it('fires New Learner only for members of the chosen group', async () => {
    await runOnSandbox(createLearner, { email: 'ada@example.com' });
    expect((await runOnSandbox(newLearner)).map((learner) => learner.email)).toEqual([
      'ada@example.com',
      'grace@example.com',
    ]);
    expect(
      (await runOnSandbox(newLearner, { group: 'Existing Customers' })).map(
        (learner) => learner.email,
      ),
    ).toEqual(['grace@example.com']);
  });

  it('fires New Course Completion once per learner, with their email', async () => {
    const { store } = sandbox.current();
    const completions = await runOnSandbox(newCourseCompletion, { course: 'Product Fundamentals' });
    const grace = store.findPersonByEmail('grace@example.com');
    expect(completions).toEqual([
      expect.objectContaining({
        course_name: 'Product Fundamentals',
        learner_email: 'grace@example.com',
        learner_id: grace?.id,
        progress: 100,
      }),
    ]);
    expect(await runOnSandbox(newCourseCompletion, { course: 'Advanced Integrations' })).toEqual(
      [],
    );
  });

  it('halts softly when resending to a learner who already joined', async () => {
    expect(await raised(runOnSandbox(resendInvitation, { learner: 'grace@example.com' }))).toEqual({
      name: 'HaltedError',
      message:
        'Grace Hopper (grace@example.com) already joined Northpass on 2026-06-01, so there is no invitation to resend.',
    });
    expect(writes()).toEqual([]);
  });
});

describe('faults against the sandbox', () => {
  it('waits out a single 429 inside the step', async () => {
    sandbox.current().store.faults.push({ kind: 'status', status: 429, count: 1 });
    expect(await runOnSandbox(findGroup, { name: 'Existing Customers' })).toHaveLength(1);
  });

  it("turns a second 429 into Zapier's throttled state", async () => {
    sandbox.current().store.faults.push({ kind: 'status', status: 429, count: 2 });
    expect(await raised(runOnSandbox(findGroup, { name: 'Globex' }))).toMatchObject({
      name: 'ThrottledError',
    });
  });

  it('retries a 5xx once, then succeeds', async () => {
    sandbox.current().store.faults.push({ kind: 'status', status: 503, count: 1 });
    expect(await runOnSandbox(findGroup, { name: 'Existing Customers' })).toHaveLength(1);
    expect(sandbox.current().store.log.map((request) => request.status)).toEqual([503, 200]);
  });

  it('gives a readable error after one retry', async () => {
    sandbox.current().store.faults.push({ kind: 'status', status: 502, count: 2 });
    expect(await raised(runOnSandbox(findGroup, { name: 'Existing Customers' }))).toMatchObject({
      message:
        'Northpass is unavailable right now (HTTP 502), even after one retry. Try again in a few minutes.',
    });
  });

  it('waits out a slow answer that fits in the step budget', async () => {
    sandbox.current().store.faults.push({ kind: 'slow', delayMs: 300, count: 1 });
    expect(await runOnSandbox(findGroup, { name: 'Existing Customers' })).toHaveLength(1);
  });

  it('explains an HTML page where JSON was expected', async () => {
    sandbox.current().store.faults.push({ kind: 'html', count: 1 });
    expect(await raised(runOnSandbox(findGroup, { name: 'Existing Customers' }))).toMatchObject({
      code: 'unreadable_response',
    });
  });

  it('fills emails with a batched lookup when Northpass ignores include=person', async () => {
    sandbox.switches({ enrollmentInclude: 'ignored' });
    const completions = await runOnSandbox(newCourseCompletion, { course: 'Product Fundamentals' });
    expect(completions).toMatchObject([{ learner_email: 'grace@example.com' }]);
  });
});
