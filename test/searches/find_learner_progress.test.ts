import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/searches/find_learner_progress.js';
import {
  fixture,
  listFixture,
  listOf,
  knowing,
  northpass,
  pageOf,
  raised,
  run,
  sentRequests,
  type FixtureResource,
} from '../helpers.js';

const ada = fixture('people/person.ada');
const fundamentals = fixture('courses/course.fundamentals');
const transcript = listFixture('transcripts/transcript.ada');
const PERSON_ID = ada.data.id;
const COURSE_ID = fundamentals.data.id;
const byEmail = { 'filter[email][eq]': 'ada@example.com', limit: 10 };

const fundamentalsProgress = {
  learner_id: PERSON_ID,
  learner_email: 'ada@example.com',
  course_id: COURSE_ID,
  course_name: 'Product Fundamentals',
  status: 'completed',
  progress: 100,
  enrolled_at: '2026-11-20T10:05:00Z',
  started_at: '2026-11-20T11:00:00Z',
  completed_at: '2026-11-24T15:42:10Z',
  score: 92,
  certificate_url: 'https://acme-academy.northpass.com/certificates/t1.pdf',
  certificate_expires_at: '2027-11-24T15:42:10Z',
};

describe('find_learner_progress', () => {
  it("gives a learner's progress in the chosen course from the transcript: three requests, two round trips", async () => {
    northpass()
      .get('/v2/people')
      .query(byEmail)
      .reply(200, listOf(ada.data))
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .get(`/v2/transcripts/${PERSON_ID}`)
      .query({ limit: 100 })
      .reply(200, transcript);
    expect(await run(perform, { learner: 'Ada@Example.com', course: COURSE_ID })).toEqual([
      fundamentalsProgress,
    ]);
    expect(sentRequests.at(-1)).toBe(`GET /v2/transcripts/${PERSON_ID}?limit=100`);
    expect(sentRequests).toHaveLength(3);
  });

  it('gives the most recently active course when no course is named', async () => {
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, ada)
      .get(`/v2/transcripts/${PERSON_ID}`)
      .query({ limit: 100 })
      .reply(200, transcript);
    expect(await run(perform, { learner: PERSON_ID })).toEqual([
      {
        learner_id: PERSON_ID,
        learner_email: 'ada@example.com',
        course_id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
        course_name: 'Partner Sales Certification',
        status: 'in_progress',
        progress: null,
        enrolled_at: '2026-11-21T09:00:00Z',
        started_at: '2026-11-25T08:00:00Z',
        completed_at: null,
        score: null,
        certificate_url: null,
        certificate_expires_at: null,
      },
    ]);
  });

  it('reads progress and score sent as text, and finds the course on a later transcript page', async () => {
    const [first, second] = transcript.data as [FixtureResource, FixtureResource];
    const asText = {
      ...first,
      attributes: { ...first.attributes, progress: '100', score: '92.5' },
    };
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, ada)
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .get(`/v2/transcripts/${PERSON_ID}`)
      .query({ limit: 100 })
      .reply(200, pageOf([second], true))
      .get(`/v2/transcripts/${PERSON_ID}`)
      .query({ limit: 100, page: 2 })
      .reply(200, listOf(asText));
    expect(await run(perform, { learner: PERSON_ID, course: COURSE_ID })).toEqual([
      { ...fundamentalsProgress, score: 92.5 },
    ]);
  });

  it('says so, rather than guess, when the course may lie past the 500 entries it reads', async () => {
    const [, second] = transcript.data as [FixtureResource, FixtureResource];
    const scope = northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, ada)
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .get(`/v2/transcripts/${PERSON_ID}`)
      .query({ limit: 100 })
      .reply(200, pageOf([second], true));
    for (const page of [2, 3, 4, 5]) {
      scope
        .get(`/v2/transcripts/${PERSON_ID}`)
        .query({ limit: 100, page })
        .reply(200, pageOf([second], true));
    }
    expect(await raised(run(perform, { learner: PERSON_ID, course: COURSE_ID }))).toEqual({
      name: 'AppError',
      code: 'transcript_too_long',
      status: 400,
      message:
        'The transcript of ada@example.com is longer than 500 courses and paths, and "Product Fundamentals" is not among the first 500.',
    });
  });

  it('finds nothing, without an error, for someone who is no learner or has no activity', async () => {
    knowing({ emailCase: 'ignored' });
    northpass()
      .get('/v2/people')
      .query({ 'filter[email][eq]': 'nobody@example.com', limit: 10 })
      .reply(200, listOf())
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, ada)
      .get(`/v2/transcripts/${PERSON_ID}`)
      .query({ limit: 100 })
      .reply(404, { errors: [] });
    expect(await run(perform, { learner: 'nobody@example.com' })).toEqual([]);
    expect(await run(perform, { learner: PERSON_ID })).toEqual([]);
  });

  it('names a course that does not exist', async () => {
    const unknown = '00000000-1111-4222-8333-444455556666';
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, ada)
      .get(`/v2/courses/${unknown}`)
      .reply(404, { errors: [] });
    expect(await raised(run(perform, { learner: PERSON_ID, course: unknown }))).toMatchObject({
      code: 'invalid_input',
      message: `Course: no course has the ID "${unknown}". Pick the course from the list or map a course ID.`,
    });
  });

  it('requires a learner, before any request', async () => {
    expect(await raised(run(perform, { course: COURSE_ID }))).toMatchObject({
      message:
        "Learner: the value mapped here was empty in this run. Check the earlier step's field, or type a value.",
    });
  });
});
