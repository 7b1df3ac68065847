import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/searches/find_course.js';
import {
  fixture,
  hopedNorthpass,
  learned,
  listFixture,
  listOf,
  northpass,
  raised,
  run,
  sentRequests,
  withAttributes,
} from '../helpers.js';
import { fundamentalsCourseOutput } from '../fixtures/outputs.js';

const fundamentals = fixture('courses/course.fundamentals');

describe('find_course', () => {
  it('finds a course by name in one request, ignoring longer names', async () => {
    northpass()
      .get('/v2/courses')
      .query({ limit: 100, 'filter[name][cont]': 'Product Fundamentals', sort: 'name' })
      .reply(200, listFixture('courses/courses.by-name'));
    expect(await run(perform, { name: 'Product Fundamentals' })).toEqual([
      fundamentalsCourseOutput,
    ]);
    expect(sentRequests).toHaveLength(1);
  });

  it('finds a course by ID, reading the enroll link in either link form', async () => {
    northpass().get(`/v2/courses/${fundamentals.data.id}`).reply(200, fundamentals);
    expect(await run(perform, { name: fundamentals.data.id })).toEqual([fundamentalsCourseOutput]);
  });

  it('labels a live course Published, and learns the word from it with no request more', async () => {
    northpass()
      .get(`/v2/courses/${fundamentals.data.id}`)
      .reply(200, { data: withAttributes(fundamentals, { status: 'live' }) });
    expect(await run(perform, { name: fundamentals.data.id })).toEqual([
      { ...fundamentalsCourseOutput, status: 'live', status_label: 'Published' },
    ]);
    expect(sentRequests).toEqual([`GET /v2/courses/${fundamentals.data.id}`]);
    expect(learned()).toMatchObject({ publishedStatus: 'live' });
  });

  it('reads the second page when the first has no exact match', async () => {
    northpass()
      .get('/v2/courses')
      .query({ limit: 100, 'filter[name][cont]': 'Product Fundamentals II', sort: 'name' })
      .reply(200, {
        data: [withAttributes(fundamentals, { name: 'Product Fundamentals III' }, 'c3')],
        // Northpass's own next link leaves out the limit: the app builds the page itself
        links: { next: 'https://api.northpass.com/v2/courses?page=2' },
      })
      .get('/v2/courses')
      .query({
        limit: 100,
        'filter[name][cont]': 'Product Fundamentals II',
        sort: 'name',
        page: 2,
      })
      .reply(200, listOf(listFixture('courses/courses.by-name').data[1] ?? fundamentals.data));
    expect(await run(perform, { name: 'Product Fundamentals II' })).toMatchObject([
      {
        name: 'Product Fundamentals II',
        status: 'draft',
        enroll_url: 'https://acme-academy.northpass.com/c/product-fundamentals-ii/enroll',
      },
    ]);
  });

  it('returns nothing for an unknown course', async () => {
    hopedNorthpass();
    northpass()
      .get('/v2/courses')
      .query({ limit: 100, 'filter[name][cont]': 'Cooking', sort: 'name' })
      .reply(200, listOf());
    expect(await run(perform, { name: 'Cooking' })).toEqual([]);
  });

  it('rejects an over-long name before any request', async () => {
    expect(await raised(run(perform, { name: 'x'.repeat(300) }))).toMatchObject({
      code: 'invalid_input',
      message: 'Course Name or ID: must be at most 255 characters.',
    });
  });
});
