import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/triggers/course_list.js';
import { listFixture, northpass, run, sentRequests } from '../helpers.js';

describe('course_list (dropdown)', () => {
  it('shows one page of courses, names shown and IDs stored', async () => {
    northpass()
      .get('/v2/courses')
      .query({ limit: 100, sort: 'name', page: 2 })
      .reply(200, listFixture('courses/courses.by-name'));
    const courses = await run(perform, {}, { page: 1 });
    expect(courses.map(({ id, name, status }) => ({ id, name, status }))).toEqual([
      {
        id: '5b7c9d1e-2f3a-4b5c-8d6e-7f8091a2b3c4',
        name: 'Product Fundamentals',
        status: 'published',
      },
      {
        id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
        name: 'Product Fundamentals II',
        status: 'draft',
      },
    ]);
    expect(sentRequests).toHaveLength(1);
  });
});
