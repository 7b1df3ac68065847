import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/triggers/new_course.js';
import { fundamentalsCourseOutput } from '../fixtures/outputs.js';
import {
  knowing,
  learned,
  listFixture,
  listOf,
  northpass,
  raised,
  run,
  sentRequests,
  type FixtureResource,
} from '../helpers.js';

const coursesQuery = { limit: 100, sort: '-created_at' };
const [fundamentals, fundamentalsII] = listFixture('courses/courses.by-name').data as [
  FixtureResource,
  FixtureResource,
];

/** A course of the fixture with another status (and name, id and creation time). */
const course = (status: string, name: string, id: string, created: string): FixtureResource => ({
  ...fundamentalsII,
  id,
  attributes: { ...fundamentalsII.attributes, status, name, created_at: created },
});
const LIVE_ID = '1e2d3c4b-5a69-4788-9766-554433221100';
const ARCHIVED_DRAFT_ID = '2f3e4d5c-6b7a-4899-8877-665544332211';
const ARCHIVED_ID = '3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d';
const SOON_ID = '4b5c6d7e-8f9a-4b1c-8d2e-3f4a5b6c7d8e';

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

  it('keeps the raw status and adds its label', async () => {
    northpass().get('/v2/courses').query(coursesQuery).reply(200, listOf(fundamentals));
    expect(await run(perform)).toEqual([fundamentalsCourseOutput]);
  });

  it('rejects an unknown status before any request', async () => {
    expect(await raised(run(perform, { status: 'live' }))).toMatchObject({
      code: 'invalid_input',
      message: 'Status: "live" is not one of published, draft, archived or any.',
    });
  });
});

describe('new_course in a school whose published courses say live', () => {
  const livePage = () =>
    listOf(
      course('live', 'Partner Onboarding', LIVE_ID, '2026-06-01T10:00:00Z'),
      course('draft', 'Archived Sales Playbook', ARCHIVED_DRAFT_ID, '2026-05-20T10:00:00Z'),
      fundamentalsII,
    );

  it('fires for live courses by default, in one request, and remembers the word', async () => {
    northpass().get('/v2/courses').query(coursesQuery).reply(200, livePage());
    const courses = await run(perform);
    expect(
      courses.map(({ id, name, status, status_label }) => [id, name, status, status_label]),
    ).toEqual([[LIVE_ID, 'Partner Onboarding', 'live', 'Published']]);
    expect(sentRequests).toEqual(['GET /v2/courses?limit=100&sort=-created_at']);
    expect(learned()).toMatchObject({ publishedStatus: 'live' });
  });

  it('takes a draft named "Archived …" for a draft, never for archived', async () => {
    northpass().get('/v2/courses').query(coursesQuery).times(2).reply(200, livePage());
    expect(await run(perform, { status: 'archived' })).toEqual([]);
    const drafts = await run(perform, { status: 'draft' });
    expect(drafts.map(({ name, status, status_label }) => [name, status, status_label])).toEqual([
      ['Archived Sales Playbook', 'draft', 'Draft'],
      ['Product Fundamentals II', 'draft', 'Draft'],
    ]);
  });

  it('fires for both words when a page shows both, and leaves the word learned as it was', async () => {
    knowing({ publishedStatus: 'live' });
    northpass()
      .get('/v2/courses')
      .query(coursesQuery)
      .reply(
        200,
        listOf(course('live', 'Partner Onboarding', LIVE_ID, '2026-06-01T10:00:00Z'), fundamentals),
      );
    const courses = await run(perform, { status: 'published' });
    expect(courses.map((item) => item.status)).toEqual(['live', 'published']);
    expect(learned()).toEqual({ publishedStatus: 'live' });
  });

  it('learns published back when the school changes words', async () => {
    knowing({ publishedStatus: 'live' });
    northpass().get('/v2/courses').query(coursesQuery).reply(200, listOf(fundamentals));
    expect((await run(perform)).map((item) => item.name)).toEqual(['Product Fundamentals']);
    expect(learned()).toEqual({ publishedStatus: 'published' });
  });
});

describe('new_course status labels', () => {
  it('says Archived only for the archived status, and capitalises a word it does not know', async () => {
    northpass()
      .get('/v2/courses')
      .query(coursesQuery)
      .reply(
        200,
        listOf(
          course('coming_soon', 'Partner Roadmap', SOON_ID, '2026-07-01T10:00:00Z'),
          course('archived', 'Legacy Onboarding', ARCHIVED_ID, '2026-06-01T10:00:00Z'),
          course('draft', 'Archived Sales Playbook', ARCHIVED_DRAFT_ID, '2026-05-20T10:00:00Z'),
          { ...fundamentals, attributes: { ...fundamentals.attributes, status: null } },
        ),
      );
    const courses = await run(perform, { status: 'any' });
    expect(courses.map(({ status, status_label }) => [status, status_label])).toEqual([
      ['coming_soon', 'Coming_soon'],
      ['archived', 'Archived'],
      ['draft', 'Draft'],
      [null, null],
    ]);
    expect(learned()?.publishedStatus).toBeUndefined();
  });
});
