import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/triggers/new_course_completion.js';
import { fixture, listFixture, listOf, northpass, raised, run, sentRequests } from '../helpers.js';

const fundamentals = fixture('courses/course.fundamentals');
const COURSE_ID = fundamentals.data.id;
const enrollmentsQuery = { limit: 100, sort: '-last_active_on', include: 'person' };

describe('new_course_completion', () => {
  it('emits one item per learner at 100 %, newest first, in two requests', async () => {
    northpass()
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query(enrollmentsQuery)
      .reply(200, listFixture('enrollments/enrollments.fundamentals'));

    const completions = await run(perform, { course: COURSE_ID });

    expect(completions).toEqual([
      {
        id: `${COURSE_ID}:c0ffee00-1111-4222-8333-444455556666`,
        course_id: COURSE_ID,
        course_name: 'Product Fundamentals',
        learner_id: 'c0ffee00-1111-4222-8333-444455556666',
        learner_email: null,
        progress: 100,
        enrolled_at: '2026-11-01T08:00:00Z',
        completed_at: '2026-11-25T17:30:00Z',
      },
      {
        id: `${COURSE_ID}:3a1f2b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b`,
        course_id: COURSE_ID,
        course_name: 'Product Fundamentals',
        learner_id: '3a1f2b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b',
        learner_email: 'ada@example.com',
        progress: 100,
        enrolled_at: '2026-11-20T10:05:00Z',
        completed_at: '2026-11-24T15:42:10Z',
      },
    ]);
    expect(sentRequests).toHaveLength(2);
  });

  it('asks for a small page when the editor loads a sample', async () => {
    northpass()
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query({ ...enrollmentsQuery, limit: 10 })
      .reply(200, listOf());
    expect(await run(perform, { course: COURSE_ID }, { isLoadingSample: true })).toEqual([]);
  });

  it('treats a 404 for a course nobody has enrolled in as no completions', async () => {
    northpass()
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query(enrollmentsQuery)
      .reply(404, '');
    expect(await run(perform, { course: COURSE_ID })).toEqual([]);
  });

  it('tells the user at setup time when the course does not exist', async () => {
    northpass().get(`/v2/courses/${COURSE_ID}`).reply(404, '');
    expect(await raised(run(perform, { course: COURSE_ID }))).toEqual({
      name: 'AppError',
      code: 'invalid_input',
      status: 400,
      message: `Course: no course has the ID "${COURSE_ID}". Pick the course from the list or map a course ID.`,
    });
  });

  it('requires a course', async () => {
    expect(await raised(run(perform, {}))).toMatchObject({
      message: 'Course: enter a value; it is required.',
    });
  });
});
