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
    expect(courses.map((course) => course.label)).toEqual([
      'Product Fundamentals',
      'Product Fundamentals II (draft)',
    ]);
    expect(sentRequests).toHaveLength(1);
    expect(learned()).toMatchObject({ publishedStatus: 'published' });
  });

  it('marks courses that are not published, and tells namesakes apart by creation date', async () => {
    const [first] = listFixture('courses/courses.by-name').data;
    if (!first) throw new Error('empty fixture');
    const course = (id: string, attributes: Record<string, unknown>) => ({
      ...first,
      id,
      attributes: { ...first.attributes, ...attributes },
    });
    northpass()
      .get('/v2/courses')
      .query({ limit: 100, sort: 'name' })
      .reply(
        200,
        listOf(
          course('11111111-aaaa-4aaa-8aaa-000000000001', { name: 'Legacy', status: 'archived' }),
          course('22222222-bbbb-4bbb-8bbb-000000000002', {
            name: 'Onboarding',
            status: 'live',
            created_at: '2026-01-15T09:30:00Z',
          }),
          course('33333333-cccc-4ccc-8ccc-000000000003', {
            name: 'Onboarding',
            status: 'draft',
            created_at: '2026-06-01T09:30:00Z',
          }),
          course('44444444-dddd-4ddd-8ddd-000000000004', { name: 'Secret', status: 'hidden' }),
          course('55555555-eeee-4eee-8eee-000000000005', { name: 'Unsaid', status: null }),
        ),
      );
    const courses = await run(perform);
    expect(courses.map((item) => item.label)).toEqual([
      'Legacy (archived)',
      'Onboarding (created 2026-01-15)',
      'Onboarding (draft, created 2026-06-01)',
      'Secret (hidden)',
      'Unsaid',
    ]);
    expect(sentRequests).toEqual(['GET /v2/courses?limit=100&sort=name']);
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
