/**
 * Each operation an open API question touches, against the sandbox in each of that question's
 * switch positions (and the hoped one).
 */
import { describe, expect, it } from '@jest/globals';

import { perform as addCourseToGroup } from '../../src/creates/add_course_to_group.js';
import { perform as createGroup } from '../../src/creates/create_group.js';
import { perform as onboardLearner } from '../../src/creates/onboard_learner.js';
import { perform as updateLearner } from '../../src/creates/update_learner.js';
import { perform as findGroup } from '../../src/searches/find_group.js';
import { perform as courseList } from '../../src/triggers/course_list.js';
import { perform as groupList } from '../../src/triggers/group_list.js';
import { perform as newCourse } from '../../src/triggers/new_course.js';
import { perform as newCourseCompletion } from '../../src/triggers/new_course_completion.js';
import { perform as newGroup } from '../../src/triggers/new_group.js';
import { perform as newLearner } from '../../src/triggers/new_learner.js';
import { perform as newPathCompletion } from '../../src/triggers/new_learning_path_completion.js';
import { timestamp } from '../../sandbox/store/records.ts';
import { addCourse } from '../../sandbox/store/seed.ts';
import { raised } from '../raised.js';
import { positionsFor } from './positions.js';
import { runOnSandbox, useSandbox } from './sandbox-helpers.js';

const sandbox = useSandbox();
const HOUR = 60 * 60 * 1000;

describe.each(positionsFor('nameSearch', 'filters', 'duplicates', 'relationships', 'pagination'))(
  'with %s',
  (_label, switches) => {
    it('applies the one name rule: letter case and spaces never make a second group', async () => {
      sandbox.switches(switches);
      const { store } = sandbox.current();
      const existing = sandbox.idOf('groups', 'Existing Customers');
      expect(await runOnSandbox(findGroup, { name: 'existing   CUSTOMERS' })).toMatchObject([
        { id: existing, name: 'Existing Customers' },
      ]);
      expect(await runOnSandbox(createGroup, { name: '  existing customers ' })).toMatchObject({
        id: existing,
        outcome: 'existing',
      });
      const onboarded = await runOnSandbox(onboardLearner, {
        email: 'ada@example.com',
        groups: ['  EXISTING customers', 'Sales Engineering'],
      });
      expect(onboarded.group_names).toEqual(['Existing Customers', 'Sales Engineering']);
      expect(
        await runOnSandbox(onboardLearner, {
          email: 'ada@example.com',
          groups: ['existing customers', '  sales engineering '],
        }),
      ).toMatchObject({ summary: expect.stringMatching(/^No changes: /) as unknown });
      expect(store.counts().groups).toBe(2);
    });
  },
);

describe.each(positionsFor('updateVerb'))('with %s', (_label, switches) => {
  it('updates a learner, whichever verb Northpass takes', async () => {
    sandbox.switches(switches);
    const grace = sandbox.idOf('people', 'grace@example.com');
    expect(
      await runOnSandbox(updateLearner, { learner: grace, last_name: 'Murray' }),
    ).toMatchObject({
      id: grace,
      last_name: 'Murray',
    });
    expect(sandbox.current().store.people.get(grace)?.last_name).toBe('Murray');
  });
});

describe.each(positionsFor('relationships', 'listSort', 'pagination'))(
  'with %s',
  (_label, switches) => {
    it('fires New Learner newest first, and only for the chosen group when one is given', async () => {
      sandbox.switches(switches);
      const { store } = sandbox.current();
      const customers = sandbox.idOf('groups', 'Existing Customers');
      const ada = store.createPerson(
        { email: 'ada@example.com' },
        new Date(Date.now() - HOUR),
      ).person;
      const lin = store.createPerson({ email: 'lin@example.com' }).person;
      store.addMembers(customers, [lin.id]);
      const everyone = await runOnSandbox(newLearner);
      expect(everyone.map((learner) => learner.email)).toEqual([
        'lin@example.com',
        'ada@example.com',
        'grace@example.com',
      ]);
      const members = await runOnSandbox(newLearner, { group: customers });
      expect(members.map((learner) => learner.email)).toEqual([
        'lin@example.com',
        'grace@example.com',
      ]);
      expect(members.map((learner) => learner.id)).not.toContain(ada.id);
    });
  },
);

describe.each(positionsFor('listSort', 'pagination'))('with %s', (_label, switches) => {
  it('fires New Group and New Course newest first', async () => {
    sandbox.switches(switches);
    sandbox.current().store.createGroup('Globex');
    expect((await runOnSandbox(newGroup)).map((group) => group.name)).toEqual([
      'Globex',
      'Existing Customers',
    ]);
    expect((await runOnSandbox(newCourse, { status: 'any' })).map((course) => course.name)).toEqual(
      [
        'Advanced Integrations',
        'Partner Sales Certification',
        'Product Fundamentals',
        'Legacy Onboarding',
      ],
    );
  });
});

describe.each(positionsFor('enrollments', 'filters', 'pagination'))(
  'with %s',
  (_label, switches) => {
    it('fires New Course Completion once per learner, newest first, with names and emails', async () => {
      sandbox.switches(switches);
      const { store } = sandbox.current();
      const fundamentals = sandbox.idOf('courses', 'Product Fundamentals');
      const customers = sandbox.idOf('groups', 'Existing Customers');
      const ada = store.createPerson({
        email: 'ada@example.com',
        first_name: 'Ada',
        last_name: 'Lovelace',
      }).person;
      store.addMembers(customers, [ada.id]);
      store.setProgress(ada.id, fundamentals, 100);
      // a learner without details on the first poll (Northpass embedding none and looking up
      // none in a batch) gets them on the next one
      await runOnSandbox(newCourseCompletion, { course: 'Product Fundamentals' });
      const completions = await runOnSandbox(newCourseCompletion, {
        course: 'Product Fundamentals',
      });
      expect(
        completions.map((completion) => [
          completion.learner_email,
          completion.learner_name,
          completion.id,
        ]),
      ).toEqual([
        ['ada@example.com', 'Ada Lovelace', `${fundamentals}:${ada.id}`],
        [
          'grace@example.com',
          'Grace Hopper',
          `${fundamentals}:${sandbox.idOf('people', 'grace@example.com')}`,
        ],
      ]);
    });
  },
);

describe.each(positionsFor('courseStatus'))('with %s', (_label, switches) => {
  it('fires New Course for a new published course, whichever word the school uses', async () => {
    sandbox.switches(switches);
    const { store } = sandbox.current();
    const word = store.switches.courseStatusWord;
    // Zapier's first poll of a Zap: what is there already
    const first = await runOnSandbox(newCourse);
    expect(first.map((course) => [course.name, course.status, course.status_label])).toEqual([
      ['Partner Sales Certification', word, 'Published'],
      ['Product Fundamentals', word, 'Published'],
    ]);
    addCourse(store, 'Partner Roadmap', 'published', 'What ships next.', timestamp());
    const second = await runOnSandbox(newCourse);
    expect(second[0]).toMatchObject({
      name: 'Partner Roadmap',
      status: word,
      status_label: 'Published',
    });
    expect(second.map((course) => course.name)).toEqual([
      'Partner Roadmap',
      ...first.map((course) => course.name),
    ]);
    // archived only when Northpass's status says so
    const archived = await runOnSandbox(newCourse, { status: 'archived' });
    const drafts = await runOnSandbox(newCourse, { status: 'draft' });
    if (store.switches.archivedStatus) {
      expect(archived.map((course) => [course.name, course.status_label])).toEqual([
        ['Legacy Onboarding', 'Archived'],
      ]);
      expect(drafts.map((course) => course.name)).toEqual(['Advanced Integrations']);
    } else {
      expect(archived).toEqual([]);
      expect(drafts.map((course) => [course.name, course.status_label])).toEqual([
        ['Advanced Integrations', 'Draft'],
        ['Legacy Onboarding', 'Draft'],
      ]);
    }
  });
});

describe.each(positionsFor('courseStatus'))('with %s', (_label, switches) => {
  it('tells twin groups and unpublished courses apart in the dropdowns, and refuses an archived course before any write', async () => {
    sandbox.switches(switches);
    const { store } = sandbox.current();
    const customers = sandbox.idOf('groups', 'Existing Customers');
    const members = store.members.get(customers)?.size ?? 0;
    const twin = store.insertGroup(
      { name: 'Existing Customers' },
      new Date('2026-06-01T10:00:00Z'),
    ).id;
    const groups = await runOnSandbox(groupList);
    expect(groups.map((group) => [group.id, group.label]).sort()).toEqual(
      [
        [
          customers,
          `Existing Customers (${members} member${members === 1 ? '' : 's'}, created 2026-03-02)`,
        ],
        [twin, 'Existing Customers (0 members, created 2026-06-01)'],
      ].sort(),
    );
    const archived = store.switches.archivedStatus ? 'archived' : 'draft';
    expect((await runOnSandbox(courseList)).map((course) => course.label)).toEqual([
      'Advanced Integrations (draft)',
      `Legacy Onboarding (${archived})`,
      'Partner Sales Certification',
      'Product Fundamentals',
    ]);
    const writes = () => store.log.filter((request) => request.method !== 'GET').length;
    const legacy = runOnSandbox(addCourseToGroup, { group: twin, courses: ['Legacy Onboarding'] });
    if (store.switches.archivedStatus) {
      expect(await raised(legacy)).toEqual({
        name: 'AppError',
        code: 'invalid_input',
        status: 400,
        message:
          'Courses: "Legacy Onboarding" is archived in Northpass, so it cannot be assigned. Restore it in Northpass admin (Courses), or take it out of this step. Nothing was changed.',
      });
      expect(writes()).toBe(0);
    } else {
      // a school with no archived status calls it a draft: tried, and said so
      expect((await legacy).summary).toBe('Existing Customers now has Legacy Onboarding (draft).');
      expect(writes()).toBe(1);
    }
    const before = writes();
    const draft = runOnSandbox(addCourseToGroup, {
      group: twin,
      courses: ['Advanced Integrations'],
    });
    const assigned = () =>
      store.groupCourses.get(twin)?.has(sandbox.idOf('courses', 'Advanced Integrations'));
    if (store.switches.draftCourseAssignment === 'accepted') {
      // "assigned" once the group's record lists its courses (Legacy Onboarding, just added);
      // while it lists none, what the group now has
      expect((await draft).summary).toBe(
        store.switches.archivedStatus
          ? 'Existing Customers now has Advanced Integrations (draft).'
          : 'Assigned Advanced Integrations (draft) to Existing Customers.',
      );
      expect(assigned()).toBe(true);
    } else {
      // tried, and Northpass's own refusal passed on
      expect(await raised(draft)).toEqual({
        name: 'AppError',
        code: 'rejected',
        status: 422,
        message:
          'Northpass rejected the data sent. Northpass said: Course must be published before it can be assigned (field: id).',
      });
      expect(assigned()).toBe(false);
    }
    expect(writes() - before).toBe(1);
  });
});

describe.each(positionsFor('enrollmentProgress'))('with %s', (_label, switches) => {
  it('fires the completion triggers, or fails naming progress when enrollments carry none', async () => {
    sandbox.switches(switches);
    const { store } = sandbox.current();
    const course = runOnSandbox(newCourseCompletion, { course: 'Product Fundamentals' });
    const path = runOnSandbox(newPathCompletion, { learning_path: 'Partner Certification Path' });
    if (store.switches.enrollmentProgress === 'present') {
      expect((await course).map((completion) => completion.learner_email)).toEqual([
        'grace@example.com',
      ]);
      expect(await path).toEqual([]);
      return;
    }
    const missing = (of: string) => ({
      name: 'AppError',
      code: 'progress_missing',
      status: 502,
      message: `Northpass's ${of} enrollments carry no \`progress\` field, so completions cannot be told. Send this to the app's maintainer; \`npm run verify-school\` checks it.`,
    });
    expect(await raised(course)).toEqual(missing('course'));
    expect(await raised(path)).toEqual(missing('learning path'));
  });
});

describe('a school of more than 1,000 records whose lists Northpass does not sort', () => {
  it('still fires New Learner for the newest learner, walking the pages', async () => {
    sandbox.switches({ listSort: false });
    const { store } = sandbox.current();
    const start = Date.now() - 2_000 * HOUR;
    for (let index = 0; index < 1_050; index += 1) {
      store.createPerson({ email: `learner${index}@example.com` }, new Date(start + index * HOUR));
    }
    const newest = store.createPerson({ email: 'newest@example.com' }).person;
    const learners = await runOnSandbox(newLearner);
    expect(learners).toHaveLength(100);
    expect(learners[0]?.id).toBe(newest.id);
    expect(learners[1]?.email).toBe('learner1049@example.com');
  });

  it('still fires New Course Completion behind 150 never-active enrollments sorted first', async () => {
    sandbox.switches({ sortNullsFirst: true });
    const { store } = sandbox.current();
    const fundamentals = sandbox.idOf('courses', 'Product Fundamentals');
    const customers = sandbox.idOf('groups', 'Existing Customers');
    const ids: string[] = [];
    for (let index = 0; index < 150; index += 1) {
      ids.push(store.createPerson({ email: `idle${index}@example.com` }).person.id);
    }
    store.addMembers(customers, ids);
    const completions = await runOnSandbox(newCourseCompletion, { course: fundamentals });
    expect(completions.map((completion) => completion.learner_email)).toEqual([
      'grace@example.com',
    ]);
  });

  it('still fires New Course Completion behind the first 1,000 enrollments', async () => {
    sandbox.switches({ enrollmentSort: 'ignored' });
    const { store } = sandbox.current();
    const fundamentals = sandbox.idOf('courses', 'Product Fundamentals');
    const customers = sandbox.idOf('groups', 'Existing Customers');
    const ids: string[] = [];
    for (let index = 0; index < 1_050; index += 1) {
      ids.push(store.createPerson({ email: `learner${index}@example.com` }).person.id);
    }
    store.addMembers(customers, ids);
    const finisher = ids[1_049] ?? '';
    store.setProgress(finisher, fundamentals, 100);
    const completions = await runOnSandbox(newCourseCompletion, { course: fundamentals });
    expect(completions[0]).toMatchObject({
      learner_id: finisher,
      learner_email: 'learner1049@example.com',
    });
  });
});
