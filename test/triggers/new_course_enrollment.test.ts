import { afterEach, describe, expect, it, jest } from '@jest/globals';

import { perform } from '../../src/triggers/new_course_enrollment.js';
import {
  byName,
  fixture,
  hopedNorthpass,
  listFixture,
  listOf,
  northpass,
  raised,
  run,
  sentRequests,
  type FixtureResource,
} from '../helpers.js';

const fundamentals = fixture('courses/course.fundamentals');
const ada = fixture('people/person.ada');
const grace = fixture('people/person.grace');
const COURSE_ID = fundamentals.data.id;
const ADA_ID = ada.data.id;
const GRACE_ID = grace.data.id;
const LIN_ID = 'c0ffee00-1111-4222-8333-444455556666';
const enrollmentsQuery = { limit: 100, sort: '-enrolled_at', include: 'person' };

const fixtureList = listFixture('enrollments/enrollments.fundamentals');
const [adaEnrollment, graceEnrollment, linEnrollment] = fixtureList.data as [
  FixtureResource,
  FixtureResource,
  FixtureResource,
];
const included = (fixtureList as unknown as { included: FixtureResource[] }).included;
/** The course's enrollments as Northpass lists them, most recently enrolled first, people embedded. */
const enrollments = {
  data: [graceEnrollment, adaEnrollment, linEnrollment],
  included: [...included, grace.data],
  links: {},
};

const graceItem = {
  id: `${COURSE_ID}:${GRACE_ID}`,
  course_id: COURSE_ID,
  course_name: 'Product Fundamentals',
  learner_id: GRACE_ID,
  learner_email: 'grace@example.com',
  learner_first_name: 'Grace',
  learner_last_name: 'Hopper',
  learner_name: 'Grace Hopper',
  progress: 40,
  enrolled_at: '2026-11-21T08:00:00Z',
  // not finished: no completion date, even though she was active
  completed_at: null,
  last_active_on: '2026-11-25T09:00:00Z',
};

describe('new_course_enrollment', () => {
  it('emits each learner once, most recently enrolled first, in two requests', async () => {
    northpass()
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query(enrollmentsQuery)
      .reply(200, enrollments);

    const items = await run(perform, { course: COURSE_ID });

    expect(items[0]).toEqual(graceItem);
    expect(items.map((item) => item.id)).toEqual([
      `${COURSE_ID}:${GRACE_ID}`,
      `${COURSE_ID}:${ADA_ID}`,
      `${COURSE_ID}:${LIN_ID}`,
    ]);
    // a finished enrollment keeps its honest stand-in for a completion date
    expect(items[1]).toMatchObject({ progress: 100, completed_at: '2026-11-24T15:42:10Z' });
    expect(sentRequests).toEqual([
      `GET /v2/courses/${COURSE_ID}`,
      `GET /v2/courses/${COURSE_ID}/enrollments?include=person&limit=100&sort=-enrolled_at`,
    ]);
  });

  it('keeps one item per learner enrolled twice, with the same id on every poll', async () => {
    const again = { ...graceEnrollment, id: '999' };
    const twice = { ...enrollments, data: [graceEnrollment, again, adaEnrollment] };
    northpass()
      .get(`/v2/courses/${COURSE_ID}`)
      .twice()
      .reply(200, fundamentals)
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query(enrollmentsQuery)
      .reply(200, twice)
      // the next poll lists the rows in another order, the duplicate first
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query(enrollmentsQuery)
      .reply(200, { ...twice, data: [again, adaEnrollment, graceEnrollment] });

    const first = await run(perform, { course: COURSE_ID });
    const second = await run(perform, { course: COURSE_ID });
    expect(first.map((item) => item.id)).toEqual([
      `${COURSE_ID}:${GRACE_ID}`,
      `${COURSE_ID}:${ADA_ID}`,
    ]);
    expect(second.map((item) => item.id)).toEqual(first.map((item) => item.id));
  });

  it('finds the course by name', async () => {
    hopedNorthpass();
    northpass()
      .get('/v2/courses')
      .query(byName('product fundamentals'))
      .reply(200, listOf(fundamentals.data))
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query(enrollmentsQuery)
      .reply(200, listOf());
    expect(await run(perform, { course: 'product fundamentals' })).toEqual([]);
    expect(sentRequests).toHaveLength(2);
  });

  it('treats a 404 for a course nobody is enrolled in as no enrollments', async () => {
    northpass()
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query(enrollmentsQuery)
      .reply(404, '');
    expect(await run(perform, { course: COURSE_ID })).toEqual([]);
  });
});

describe('new_course_enrollment with bad input', () => {
  it('fails the trigger test naming a course that does not exist', async () => {
    hopedNorthpass();
    northpass().get('/v2/courses').query(byName('Onboarding 101')).reply(200, listOf());
    expect(await raised(run(perform, { course: 'Onboarding 101' }))).toMatchObject({
      code: 'invalid_input',
      message:
        'Course: no course is named "Onboarding 101". Check the spelling, or pick the course from the list.',
    });
    expect(sentRequests).toHaveLength(1);
  });
});

describe('new_course_enrollment for any course (the course left blank)', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('reads the course list, then each course, and sends enrollments from the day the Zap was turned on', async () => {
    jest.useFakeTimers({
      now: new Date('2026-11-21T12:00:00Z'),
      doNotFake: ['nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'setTimeout'],
    });
    northpass()
      .get('/v2/courses')
      .query({ limit: 100, sort: 'name' })
      .twice()
      .reply(200, listOf(fundamentals.data))
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query(enrollmentsQuery)
      .twice()
      .reply(200, enrollments);
    const meta = { zap: { id: 'zap-1' } };
    const first = await run<{ learner_id: string; course_name: string }[], never>(
      perform,
      {},
      meta,
    );
    // Ada (the 20th) and Lin (the 1st) enrolled before the Zap was turned on
    expect(first.map((item) => [item.learner_id, item.course_name])).toEqual([
      [GRACE_ID, 'Product Fundamentals'],
    ]);
    jest.setSystemTime(new Date('2026-11-22T12:00:00Z'));
    expect(await run(perform, {}, meta)).toEqual([]);
    expect(sentRequests).toEqual([
      'GET /v2/courses?limit=100&sort=name',
      `GET /v2/courses/${COURSE_ID}/enrollments?include=person&limit=100&sort=-enrolled_at`,
      'GET /v2/courses?limit=100&sort=name',
      `GET /v2/courses/${COURSE_ID}/enrollments?include=person&limit=100&sort=-enrolled_at`,
    ]);
  });
});
