import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/triggers/course_list.js';
import { learned, listFixture, listOf, northpass, run, sentRequests } from '../helpers.js';

describe('course_list (dropdown)', () => {
  it('shows one page of courses, names shown and IDs stored', async () => {
    northpass()
      .get('/v2/courses')
      .query({ limit: 100, sort: 'name', page: 2 })
      .reply(200, listFixture('courses/courses.by-name'));
    const courses = await run(perform, {}, { page: 1 });
    expect(
      courses.map(({ id, name, status, status_label }) => ({ id, name, status, status_label })),
    ).toEqual([
      {
        id: '5b7c9d1e-2f3a-4b5c-8d6e-7f8091a2b3c4',
        name: 'Product Fundamentals',
        status: 'published',
        status_label: 'Published',
      },
      {
        id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
        name: 'Product Fundamentals II',
        status: 'draft',
        status_label: 'Draft',
      },
    ]);
    expect(sentRequests).toHaveLength(1);
    expect(learned()).toMatchObject({ publishedStatus: 'published' });
  });

  it('learns that the school says live from the page it shows, with no request more', async () => {
    const [first] = listFixture('courses/courses.by-name').data;
    if (!first) throw new Error('empty fixture');
    northpass()
      .get('/v2/courses')
      .query({ limit: 100, sort: 'name' })
      .reply(200, listOf({ ...first, attributes: { ...first.attributes, status: 'live' } }));
    const courses = await run(perform);
    expect(courses.map(({ status, status_label }) => [status, status_label])).toEqual([
      ['live', 'Published'],
    ]);
    expect(sentRequests).toEqual(['GET /v2/courses?limit=100&sort=name']);
    expect(learned()).toMatchObject({ publishedStatus: 'live' });
  });
});
