/**
 * New Course Completion with no course in a school of 200 courses: the walk over the school, as
 * Zapier polls a Zap (its own file: the walk's 230 requests take half a minute at the school's
 * rate, in parallel with the other end-to-end files).
 */
import { describe, expect, it } from '@jest/globals';

import { perform as newCourseCompletion } from '../../src/triggers/new_course_completion.js';
import { addCourse } from '../../sandbox/store/seed.ts';
import { useSandbox } from './sandbox-helpers.js';
import { at, clock, zapOn } from './zapier-polls.js';

const sandbox = useSandbox();

describe('any course in a school of 200 courses', () => {
  it('fires every new completion within 10 polls, never an older one, at most 25 requests a poll', async () => {
    clock('2026-12-01T09:00:00Z');
    const { store } = sandbox.current();
    const added = Array.from({ length: 196 }, (_, index) =>
      addCourse(
        store,
        `Course ${String(index + 1).padStart(3, '0')}`,
        'published',
        '',
        '2026-01-01T00:00:00Z',
      ),
    );
    const c010 = added[9]?.id ?? '';
    const c150 = added[149]?.id ?? '';
    const fundamentals = sandbox.idOf('courses', 'Product Fundamentals');
    const cohort = store.createGroup('Cohort', new Date('2026-10-01T00:00:00Z')).group;
    store.assignCourses(cohort.id, [c010, c150, fundamentals]);
    const ada = store.createPerson({ email: 'ada@example.com', first_name: 'Ada' }).person;
    store.addMembers(cohort.id, [ada.id], new Date('2026-11-01T09:00:00Z'));
    // the day before the Zap is turned on, in a course its first poll does not reach
    store.setProgress(ada.id, c150, 100, new Date('2026-11-30T15:00:00Z'));
    const zap = zapOn('zap-200', newCourseCompletion);
    expect(await zap()).toEqual([]);
    // after it: the 10th course (its first poll read it already) and the last one
    store.setProgress(ada.id, c010, 100, at('2026-12-01T09:30:00Z'));
    store.setProgress(ada.id, fundamentals, 100, at('2026-12-01T09:40:00Z'));
    const fired: unknown[] = [];
    const perPoll: number[] = [];
    for (let poll = 1; poll <= 10; poll += 1) {
      const before = store.log.length;
      fired.push(...(await zap()).map((item) => item.course_id));
      perPoll.push(store.log.length - before);
    }
    expect(fired.sort()).toEqual([c010, fundamentals].sort());
    expect(Math.max(...perPoll)).toBeLessThanOrEqual(25);
  }, 60_000);
});
