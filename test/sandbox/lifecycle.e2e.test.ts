/**
 * After onboarding, against the sandbox in each position of the questions these operations
 * touch: offboarding and its replay, progress look-ups, and the enrollment and completion
 * triggers over several polls (stable ids, each learner once).
 */
import { describe, expect, it } from '@jest/globals';

import { perform as offboardLearner } from '../../src/creates/offboard_learner.js';
import { perform as findLearnerProgress } from '../../src/searches/find_learner_progress.js';
import { perform as newCourseCompletion } from '../../src/triggers/new_course_completion.js';
import { perform as newCourseEnrollment } from '../../src/triggers/new_course_enrollment.js';
import { perform as newLearningPathCompletion } from '../../src/triggers/new_learning_path_completion.js';
import { positionsFor } from './positions.js';
import { runOnSandbox, useSandbox } from './sandbox-helpers.js';

const sandbox = useSandbox();
const MINUTE = 60 * 1000;
const writes = () => sandbox.current().store.log.filter((request) => request.method !== 'GET');

/** Ada, a new learner, in the given groups (created when missing). */
const adaIn = (groupNames: string[]) => {
  const { store } = sandbox.current();
  const ada = store.createPerson({
    email: 'ada@example.com',
    first_name: 'Ada',
    last_name: 'Lovelace',
  }).person;
  for (const name of groupNames) store.addMembers(store.createGroup(name).group.id, [ada.id]);
  return ada;
};

/** The ids of every poll's items, and the check that each poll lists each id once. */
const idsOf = (items: { id: string }[]) => {
  const ids = items.map((item) => item.id);
  expect(new Set(ids).size).toBe(ids.length);
  return ids;
};

describe.each(positionsFor('relationships', 'duplicates', 'filters', 'emails'))(
  'with %s',
  (_label, switches) => {
    it('offboards from named groups, then from the rest, and a replay changes nothing', async () => {
      sandbox.switches(switches);
      const ada = adaIn(['Existing Customers', 'Sales', 'Support']);
      const { store } = sandbox.current();

      const named = await runOnSandbox(offboardLearner, {
        learner: 'ADA@example.com',
        groups: 'sales',
      });
      expect(named).toMatchObject({
        id: ada.id,
        outcome: 'removed',
        removed_group_names: ['Sales'],
      });
      expect(
        store
          .groupsOf(ada.id)
          .map((id) => store.groups.get(id)?.name)
          .sort(),
      ).toEqual(['Existing Customers', 'Support']);
      // where Northpass lists her groups on her record, the rest are named; otherwise it says
      // it cannot tell, and the list is empty (null), never a false "in no other group"
      expect(
        switches.relationshipData === false
          ? [named.remaining_group_names, named.summary]
          : [[...(named.remaining_group_names ?? [])].sort(), named.summary],
      ).toEqual(
        switches.relationshipData === false
          ? [
              null,
              'Removed ada@example.com from Sales (Northpass did not say which other groups they are in).',
            ]
          : [
              ['Existing Customers', 'Support'],
              expect.stringMatching(
                /^Removed ada@example\.com from Sales; still in (Existing Customers and Support|Support and Existing Customers)\.$/,
              ),
            ],
      );

      const rest = await runOnSandbox(offboardLearner, { learner: ada.id });
      expect(rest).toMatchObject({ outcome: 'removed', remaining_group_names: [] });
      expect([...rest.removed_group_names].sort()).toEqual(['Existing Customers', 'Support']);
      expect(store.groupsOf(ada.id)).toEqual([]);

      const before = writes().length;
      expect(await runOnSandbox(offboardLearner, { learner: 'ada@example.com' })).toMatchObject({
        outcome: 'not_a_member',
        removed_group_names: [],
        summary: 'No changes: ada@example.com is in no group.',
      });
      expect(
        await runOnSandbox(offboardLearner, { learner: 'ada@example.com', groups: ['Sales'] }),
      ).toMatchObject({
        outcome: 'not_a_member',
        summary: `No changes: ada@example.com was not in Sales${
          switches.relationshipData === false
            ? ' (Northpass did not say which other groups they are in)'
            : ''
        }.`,
      });
      expect(writes().length).toBe(before);
    });

    it('offboards someone who was never a learner as a success that says so', async () => {
      sandbox.switches(switches);
      expect(
        await runOnSandbox(offboardLearner, {
          learner: 'nobody@example.com',
          groups: ['Existing Customers'],
        }),
      ).toMatchObject({
        id: null,
        email: 'nobody@example.com',
        outcome: 'no_such_learner',
        summary: 'No learner has the email "nobody@example.com", so there was nothing to remove.',
      });
      expect(writes()).toEqual([]);
    });
  },
);

describe.each(positionsFor('enrollments', 'filters', 'pagination'))(
  'with %s',
  (_label, switches) => {
    it('fires New Course Enrollment once per learner over several polls, newest first', async () => {
      sandbox.switches(switches);
      const { store } = sandbox.current();
      const fundamentals = sandbox.idOf('courses', 'Product Fundamentals');
      const customers = sandbox.idOf('groups', 'Existing Customers');
      const grace = sandbox.idOf('people', 'grace@example.com');
      const poll = () => runOnSandbox(newCourseEnrollment, { course: 'Product Fundamentals' });

      const first = idsOf(await poll());
      const ada = adaIn([]);
      store.addMembers(customers, [ada.id], new Date(Date.now() + MINUTE));
      // a learner already enrolled through another group is not enrolled again
      const partners = store.createGroup('Partners').group.id;
      store.assignCourses(partners, [fundamentals]);
      store.addMembers(partners, [grace], new Date(Date.now() + 2 * MINUTE));
      const second = await poll();
      const third = await poll();

      expect(first).toEqual([`${fundamentals}:${grace}`]);
      // one item per learner with the same id on every poll; where Northpass lists a row per
      // group, Grace's newer row may put her first, under the same id (Zapier sends it once)
      expect(idsOf(third).sort()).toEqual(
        [`${fundamentals}:${ada.id}`, `${fundamentals}:${grace}`].sort(),
      );
      expect(idsOf(second)).toEqual(expect.arrayContaining([`${fundamentals}:${grace}`]));
      expect(third.find((item) => item.learner_id === ada.id)).toMatchObject({
        learner_email: 'ada@example.com',
        learner_name: 'Ada Lovelace',
        progress: 0,
        completed_at: null,
      });
    });

    it('fires New Course Completion for each learner once, keeping its id as others finish', async () => {
      sandbox.switches(switches);
      const { store } = sandbox.current();
      const fundamentals = sandbox.idOf('courses', 'Product Fundamentals');
      const ada = adaIn(['Existing Customers']);
      const poll = () => runOnSandbox(newCourseCompletion, { course: fundamentals });

      await poll();
      const before = idsOf(await poll());
      store.setProgress(ada.id, fundamentals, 60, new Date(Date.now() + MINUTE));
      expect(idsOf(await poll())).toEqual(before);
      store.setProgress(ada.id, fundamentals, 100, new Date(Date.now() + 2 * MINUTE), 88);
      await poll();
      expect(idsOf(await poll())).toEqual([`${fundamentals}:${ada.id}`, ...before]);
    });

    it('fires New Learning Path Completion only for finished paths, each learner once', async () => {
      sandbox.switches(switches);
      const { store } = sandbox.current();
      const path = sandbox.idOf('learningPaths', 'Partner Certification Path');
      const grace = sandbox.idOf('people', 'grace@example.com');
      const ada = adaIn([]);
      const poll = () =>
        runOnSandbox(newLearningPathCompletion, { learning_path: 'partner certification path' });

      store.setPathProgress(ada.id, path, 70);
      await poll();
      expect(await poll()).toEqual([]);
      store.setPathProgress(ada.id, path, 100, new Date(Date.now() + MINUTE));
      store.setPathProgress(grace, path, 100, new Date(Date.now() + 2 * MINUTE));
      await poll();
      const completions = await poll();
      expect(idsOf(completions)).toEqual([`${path}:${grace}`, `${path}:${ada.id}`]);
      expect(completions[1]).toMatchObject({
        learning_path_name: 'Partner Certification Path',
        learner_email: 'ada@example.com',
        progress: 100,
      });
    });
  },
);

describe('Find Learner Progress against the sandbox', () => {
  it("reads a learner's progress in one course, or their latest, and [] for no activity", async () => {
    expect(
      await runOnSandbox(findLearnerProgress, {
        learner: 'grace@example.com',
        course: 'product fundamentals',
      }),
    ).toMatchObject([
      {
        learner_email: 'grace@example.com',
        course_name: 'Product Fundamentals',
        status: 'completed',
        progress: 100,
        score: 92,
        completed_at: '2026-06-10T16:20:00Z',
      },
    ]);
    expect(await runOnSandbox(findLearnerProgress, { learner: 'grace@example.com' })).toHaveLength(
      1,
    );
    adaIn([]);
    expect(await runOnSandbox(findLearnerProgress, { learner: 'ada@example.com' })).toEqual([]);
    expect(await runOnSandbox(findLearnerProgress, { learner: 'nobody@example.com' })).toEqual([]);
  });
});
