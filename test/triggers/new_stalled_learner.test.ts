import { afterEach, describe, expect, it, jest } from '@jest/globals';

import { perform } from '../../src/triggers/new_stalled_learner.js';
import { fixture, northpass, raised, run, sentRequests, type FixtureResource } from '../helpers.js';

const fundamentals = fixture('courses/course.fundamentals');
const COURSE = fundamentals.data.id;
const enrollmentsQuery = { include: 'person', limit: 100 };
const zap = { zap: { id: 'zap-1' } };

const learner = (n: number, first: string): FixtureResource => ({
  id: `e0000000-0000-4000-8000-00000000000${n}`,
  type: 'people',
  attributes: { email: `${first.toLowerCase()}@example.com`, first_name: first, last_name: 'Test' },
});
const ada = learner(1, 'Ada');
const bo = learner(2, 'Bo');
const cy = learner(3, 'Cy');

const enrollment = (
  person: FixtureResource,
  enrolledAt: string,
  progress: number,
  lastActiveOn: string | null,
): FixtureResource => ({
  id: `enr-${person.id.slice(-1)}`,
  type: 'course_enrollments',
  attributes: {
    person_id: person.id,
    progress,
    enrolled_at: enrolledAt,
    last_active_on: lastActiveOn,
  },
});
const page = (items: FixtureResource[]) => ({ data: items, included: [ada, bo, cy], links: {} });

/** Only the clock is fake: the pacing's timers and nock's run for real. */
const clock = (iso: string) => {
  jest.useFakeTimers({
    now: new Date(iso),
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
};
afterEach(() => {
  jest.useRealTimers();
});

/** One poll of the course, the school as `items` shows it on `day`. */
const poll = async (day: string, items: FixtureResource[]) => {
  jest.setSystemTime(new Date(`${day}T12:00:00Z`));
  northpass()
    .get(`/v2/courses/${COURSE}`)
    .reply(200, fundamentals)
    .get(`/v2/courses/${COURSE}/enrollments`)
    .query(enrollmentsQuery)
    .reply(200, page(items));
  return run<Record<string, unknown>[], never>(perform, { course: COURSE }, zap);
};

describe('new_stalled_learner in one course', () => {
  it('fires once per stall over several polls, and again when the learner moves on and stalls again', async () => {
    clock('2026-12-01T12:00:00Z');
    // Ada: enrolled a month ago, 20 %, last active on the 28th; Bo is past half; Cy never started
    const adaFirst = enrollment(ada, '2026-11-01T09:00:00Z', 20, '2026-11-28T10:00:00Z');
    const boHalf = enrollment(bo, '2026-10-01T09:00:00Z', 60, '2026-11-02T10:00:00Z');
    const cyIdle = enrollment(cy, '2026-11-28T09:00:00Z', 0, null);
    expect(await poll('2026-12-01', [adaFirst, boHalf, cyIdle])).toEqual([]);
    expect(await poll('2026-12-05', [adaFirst, boHalf, cyIdle])).toEqual([
      {
        id: `${COURSE}:${ada.id}:2026-11-28`,
        course_id: COURSE,
        course_name: 'Product Fundamentals',
        learner_id: ada.id,
        learner_email: 'ada@example.com',
        learner_first_name: 'Ada',
        learner_last_name: 'Test',
        learner_name: 'Ada Test',
        progress: 20,
        enrolled_at: '2026-11-01T09:00:00Z',
        last_active_on: '2026-11-28T10:00:00Z',
        stalled_since: '2026-11-28',
        days_since_enrolled: 34,
        days_since_active: 7,
      },
    ]);
    expect(await poll('2026-12-06', [adaFirst, boHalf, cyIdle])).toEqual([]);
    // Ada comes back on the 7th, then stalls again; Cy, never active, stalls 14 days after enrolling
    const adaAgain = enrollment(ada, '2026-11-01T09:00:00Z', 30, '2026-12-07T10:00:00Z');
    expect(await poll('2026-12-08', [adaAgain, boHalf, cyIdle])).toEqual([]);
    const stalls = await poll('2026-12-14', [adaAgain, boHalf, cyIdle]);
    expect(
      stalls.map((item) => [item.id, item.days_since_enrolled, item.days_since_active]),
    ).toEqual([
      [`${COURSE}:${ada.id}:2026-12-07`, 43, 7],
      [`${COURSE}:${cy.id}:2026-11-28`, 16, 16],
    ]);
    expect(sentRequests).toHaveLength(5 * 2);
  });

  it('reports nothing that had stalled before the Zap was turned on', async () => {
    clock('2026-12-01T12:00:00Z');
    const long = enrollment(ada, '2026-09-01T09:00:00Z', 10, '2026-09-05T10:00:00Z');
    expect(await poll('2026-12-01', [long])).toEqual([]);
    expect(await poll('2026-12-02', [long])).toEqual([]);
  });

  it('reads its own thresholds: 3 days enrolled, below 100 %, 2 days inactive', async () => {
    clock('2026-12-01T12:00:00Z');
    const items = [enrollment(bo, '2026-11-28T09:00:00Z', 90, '2026-11-30T10:00:00Z')];
    northpass()
      .get(`/v2/courses/${COURSE}`)
      .twice()
      .reply(200, fundamentals)
      .get(`/v2/courses/${COURSE}/enrollments`)
      .query(enrollmentsQuery)
      .twice()
      .reply(200, page(items));
    const inputs = { course: COURSE, enrolled_days: '3', progress_below: 100, inactive_days: '2' };
    expect(await run(perform, inputs, zap)).toEqual([]);
    jest.setSystemTime(new Date('2026-12-02T12:00:00Z'));
    expect(await run(perform, inputs, zap)).toMatchObject([{ learner_id: bo.id, progress: 90 }]);
  });
});

describe('new_stalled_learner for any course', () => {
  it('reads the course list, then every page of each course', async () => {
    clock('2026-12-01T12:00:00Z');
    northpass()
      .get('/v2/courses')
      .query({ limit: 100, sort: 'name' })
      .reply(200, { data: [fundamentals.data], links: {} })
      .get(`/v2/courses/${COURSE}/enrollments`)
      .query(enrollmentsQuery)
      .reply(200, {
        ...page([enrollment(bo, '2026-10-01T09:00:00Z', 60, '2026-11-02T10:00:00Z')]),
        links: { next: 'https://api.northpass.com/v2/next' },
      })
      .get(`/v2/courses/${COURSE}/enrollments`)
      .query({ ...enrollmentsQuery, page: 2 })
      .reply(200, page([enrollment(ada, '2026-11-01T09:00:00Z', 20, '2026-11-28T10:00:00Z')]));
    expect(await run(perform, {}, zap)).toEqual([]);
    expect(sentRequests).toEqual([
      'GET /v2/courses?limit=100&sort=name',
      `GET /v2/courses/${COURSE}/enrollments?include=person&limit=100`,
      `GET /v2/courses/${COURSE}/enrollments?include=person&limit=100&page=2`,
    ]);
  });
});

describe('new_stalled_learner with bad input', () => {
  it.each([
    ['enrolled_days', 'two weeks', 'Enrolled At Least (days): "two weeks" is not a whole number.'],
    ['progress_below', '0', 'Progress Below (%): 0 is not between 1 and 100.'],
    ['inactive_days', '-3', 'Inactive For (days): "-3" is not a whole number.'],
  ])('refuses %s %p before any request', async (key, value, message) => {
    expect(await raised(run(perform, { [key]: value }))).toEqual({
      name: 'AppError',
      code: 'invalid_input',
      status: 400,
      message,
    });
    expect(sentRequests).toEqual([]);
  });
});
