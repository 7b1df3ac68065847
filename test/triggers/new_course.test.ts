import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/triggers/new_course.js';
import { listFixture, northpass, raised, run, sentRequests } from '../helpers.js';

const coursesQuery = { limit: 100, sort: '-created_at' };

describe('new_course', () => {
  it('returns only published courses by default, in one request', async () => {
    northpass()
      .get('/v2/courses')
      .query(coursesQuery)
      .reply(200, listFixture('courses/courses.by-name'));
    const courses = await run(perform);
    expect(courses.map((course) => course.name)).toEqual(['Product Fundamentals']);
    expect(sentRequests).toHaveLength(1);
  });

  it.each([
    ['draft', ['Product Fundamentals II']],
    ['any', ['Product Fundamentals II', 'Product Fundamentals']],
    ['archived', []],
  ])('filters on status %s', async (status, names) => {
    northpass()
      .get('/v2/courses')
      .query(coursesQuery)
      .reply(200, listFixture('courses/courses.by-name'));
    const courses = await run(perform, { status });
    expect(courses.map((course) => course.name)).toEqual(names);
  });

  it('rejects an unknown status before any request', async () => {
    expect(await raised(run(perform, { status: 'live' }))).toMatchObject({
      code: 'invalid_input',
      message: 'Status: "live" is not one of published, draft, archived or any.',
    });
  });
});
