/**
 * The triggers that watch a whole school or every enrollment in turns (New Course Completion and
 * New Course Enrollment with no course, New Stalled Learner), polled as Zapier polls a Zap: its
 * first poll only records what is there, later polls fire what it has not seen.
 */
import { describe, expect, it } from '@jest/globals';

import { perform as newCourseCompletion } from '../../src/triggers/new_course_completion.js';
import { perform as newCourseEnrollment } from '../../src/triggers/new_course_enrollment.js';
import { perform as newStalledLearner } from '../../src/triggers/new_stalled_learner.js';
import { raised } from '../raised.js';
import { positionsFor } from './positions.js';
import { runOnSandbox, useSandbox } from './sandbox-helpers.js';
import { at, clock, zapOn, type Item } from './zapier-polls.js';

const sandbox = useSandbox();

const learner = (email: string, first: string) =>
  sandbox.current().store.createPerson({ email, first_name: first, last_name: 'Test' }).person;

/** A school of only these courses: fewer requests a poll (each is paced at the school's rate). */
const onlyCourses = (...names: string[]) => {
  const { courses } = sandbox.current().store;
  for (const [id, course] of courses) if (!names.includes(course.name)) courses.delete(id);
};

describe.each(positionsFor('enrollments'))('with %s', (_label, switches) => {
  it('any course: two Zaps on one connection each fire every new completion once, none older, with scores', async () => {
    clock('2026-12-01T09:00:00Z');
    sandbox.switches(switches);
    onlyCourses('Product Fundamentals', 'Partner Sales Certification');
    const { store } = sandbox.current();
    const customers = sandbox.idOf('groups', 'Existing Customers');
    const fundamentals = sandbox.idOf('courses', 'Product Fundamentals');
    const sales = sandbox.idOf('courses', 'Partner Sales Certification');
    store.assignCourses(customers, [sales]);
    const ada = learner('ada@example.com', 'Ada');
    const lin = learner('lin@example.com', 'Lin');
    store.addMembers(customers, [ada.id, lin.id], new Date('2026-11-20T08:00:00Z'));
    // before the Zaps are turned on: Ada finished Product Fundamentals (Grace did in June)
    store.setProgress(ada.id, fundamentals, 100, new Date('2026-11-30T15:00:00Z'), 70);
    const zapA = zapOn('zap-a', newCourseCompletion);
    const zapB = zapOn('zap-b', newCourseCompletion);
    expect(await zapA()).toEqual([]);
    expect(await zapB()).toEqual([]);
    store.setProgress(lin.id, fundamentals, 100, at('2026-12-01T10:00:00Z'), 81);
    store.setProgress(ada.id, sales, 100, at('2026-12-01T10:30:00Z'), 77);
    at('2026-12-01T11:00:00Z');
    const expected = [
      ['ada@example.com', 'Partner Sales Certification', sales, 77],
      ['lin@example.com', 'Product Fundamentals', fundamentals, 81],
    ];
    const fields = (items: Item[]) =>
      items.map((item) => [item.learner_email, item.course_name, item.course_id, item.score]);
    // two polls each: without embedded people or a batched look-up, a poll reads two learners,
    // so one of them may be carried to the next poll
    const byCourse = (items: Item[]) =>
      fields(items).sort((a, b) => String(a[1]).localeCompare(String(b[1])));
    expect(byCourse([...(await zapA()), ...(await zapA())])).toEqual(expected);
    expect(byCourse([...(await zapB()), ...(await zapB())])).toEqual(expected);
    expect(await zapA()).toEqual([]);
  });

  it('any course: New Course Enrollment fires each new enrollment once', async () => {
    clock('2026-12-01T09:00:00Z');
    sandbox.switches(switches);
    onlyCourses('Product Fundamentals');
    const { store } = sandbox.current();
    const customers = sandbox.idOf('groups', 'Existing Customers');
    const zap = zapOn('zap-e', newCourseEnrollment);
    expect(await zap()).toEqual([]);
    const ada = learner('ada@example.com', 'Ada');
    store.addMembers(customers, [ada.id], at('2026-12-01T10:00:00Z'));
    const fired = await zap();
    expect(fired.map((item) => [item.learner_email, item.course_name])).toEqual([
      ['ada@example.com', 'Product Fundamentals'],
    ]);
    expect(await zap()).toEqual([]);
  });
});

/** New Stalled Learner sends no `sort`: the positions that differ only in sorting are the hoped one. */
const stalledPositions = positionsFor('enrollments').filter(
  ([, switches]) => !('enrollmentSort' in switches) && !('sortNullsFirst' in switches),
);

describe.each(stalledPositions)('with %s', (_label, switches) => {
  it('New Stalled Learner fires once per stall over several polls, and again after a new stall', async () => {
    clock('2026-12-01T12:00:00Z');
    sandbox.switches(switches);
    onlyCourses('Product Fundamentals');
    const { store } = sandbox.current();
    const customers = sandbox.idOf('groups', 'Existing Customers');
    const fundamentals = sandbox.idOf('courses', 'Product Fundamentals');
    const ada = learner('ada@example.com', 'Ada');
    store.addMembers(customers, [ada.id], new Date('2026-11-01T09:00:00Z'));
    store.setProgress(ada.id, fundamentals, 20, new Date('2026-11-28T10:00:00Z'));
    const zap = zapOn('zap-s', newStalledLearner);
    expect(await zap()).toEqual([]);
    at('2026-12-05T12:00:00Z');
    const stalled = await zap();
    expect(
      stalled.map((item) => [
        item.learner_email,
        item.course_name,
        item.progress,
        item.days_since_active,
      ]),
    ).toEqual([['ada@example.com', 'Product Fundamentals', 20, 7]]);
    at('2026-12-06T12:00:00Z');
    expect(await zap()).toEqual([]);
    store.setProgress(ada.id, fundamentals, 30, at('2026-12-07T10:00:00Z'));
    at('2026-12-14T12:00:00Z');
    const again = await zap();
    expect(again.map((item) => [item.id, item.days_since_enrolled])).toEqual([
      [`${fundamentals}:${ada.id}:2026-12-07`, 43],
    ]);
    at('2026-12-15T12:00:00Z');
    expect(await zap()).toEqual([]);
  });
});

describe.each(positionsFor('enrollmentProgress'))('with %s', (_label, switches) => {
  it('fires any-course completions and stalls, or fails naming progress when enrollments carry none', async () => {
    sandbox.switches(switches);
    const completions = runOnSandbox(newCourseCompletion, {}, { isLoadingSample: true });
    const stalls = runOnSandbox(newStalledLearner, {}, { zap: { id: 'zap-p' } });
    if (sandbox.current().store.switches.enrollmentProgress === 'present') {
      expect((await completions).map((item) => item.learner_email)).toEqual(['grace@example.com']);
      expect(await stalls).toEqual([]);
      return;
    }
    const missing = (what: string) => ({
      name: 'AppError',
      code: 'progress_missing',
      status: 502,
      message: `Northpass's course enrollments carry no \`progress\` field, so ${what} cannot be told. Send this to the app's maintainer; \`npm run verify-school\` checks it.`,
    });
    expect(await raised(completions)).toEqual(missing('completions'));
    expect(await raised(stalls)).toEqual(missing('stalled learners'));
  });
});
