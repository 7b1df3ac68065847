import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';

import { perform } from '../../src/searches/find_learner_training_summary.js';
import { adaLearnerOutput } from '../fixtures/outputs.js';
import {
  fixture,
  knowing,
  listFixture,
  listOf,
  northpass,
  pageOf,
  raised,
  run,
  sentRequests,
  type FixtureResource,
} from '../helpers.js';

const ada = fixture('people/person.ada');
const transcript = listFixture('transcripts/transcript.ada');
const PERSON_ID = ada.data.id;
const byEmail = { 'filter[email][eq]': 'ada@example.com', limit: 10 };
const transcriptPath = `/v2/transcripts/${PERSON_ID}`;

/** The clock the summary reads (only `Date` is faked: timers and pacing run as usual). */
const NOW = Date.parse('2026-12-07T12:00:00Z');
beforeEach(() => {
  jest.useFakeTimers({
    now: NOW,
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
});
afterEach(() => {
  jest.useRealTimers();
});

/** A transcript line: a course or path with the given status and dates. */
const line = (
  id: string,
  attributes: Record<string, unknown>,
  certificate?: string,
): FixtureResource => ({
  id,
  type: 'transcript_items',
  attributes: { resource_type: 'course', ...attributes },
  links: certificate ? { certificate } : {},
});

const noTraining = {
  ...adaLearnerOutput,
  courses_enrolled: 0,
  courses_in_progress: 0,
  courses_completed: 0,
  percent_complete: null,
  last_active_at: null,
  completed_course_names: [],
  in_progress_course_names: [],
  learning_path_names: [],
  completed_learning_path_names: [],
  certificates: [],
  next_certificate_expires_at: null,
};

describe('find_learner_training_summary', () => {
  it("sums up a learner's transcript in one flat record: two requests by email", async () => {
    northpass()
      .get('/v2/people')
      .query(byEmail)
      .reply(200, listOf(ada.data))
      .get(transcriptPath)
      .query({ limit: 100 })
      .reply(200, transcript);
    expect(await run(perform, { learner: ' Ada@Example.com ' })).toEqual([
      {
        ...adaLearnerOutput,
        courses_enrolled: 2,
        courses_in_progress: 1,
        courses_completed: 1,
        percent_complete: 50,
        last_active_at: '2026-11-26T08:30:00Z',
        completed_course_names: ['Product Fundamentals'],
        in_progress_course_names: ['Partner Sales Certification'],
        learning_path_names: ['Partner Certification Path'],
        completed_learning_path_names: [],
        certificates: [
          {
            course: 'Product Fundamentals',
            url: 'https://acme-academy.northpass.com/certificates/t1.pdf',
            expires_at: '2027-11-24T15:42:10Z',
          },
        ],
        next_certificate_expires_at: '2027-11-24T15:42:10Z',
      },
    ]);
    expect(sentRequests).toEqual([
      'GET /v2/people?filter[email][eq]=ada@example.com&limit=10',
      `GET ${transcriptPath}?limit=100`,
    ]);
  });

  it('counts each course once (its furthest attempt), rounds down, and names the soonest expiry still ahead', async () => {
    const lines = [
      line('a1', { resource_id: 'c-a', name: 'Safety Basics', progress_status: 'in_progress' }),
      line(
        'a2',
        {
          resource_id: 'c-a',
          name: 'Safety Basics',
          progress: '100',
          completed_at: '2025-01-10T10:00:00Z',
          expires_at: '2026-01-10T10:00:00Z',
        },
        'https://acme-academy.northpass.com/certificates/a2.pdf',
      ),
      line(
        'b1',
        {
          resource_id: 'c-b',
          name: 'Forklift Operation',
          progress_status: 'completed',
          completed_at: '2026-02-01T09:00:00Z',
          last_active_at: '2026-12-01T08:00:00Z',
          expires_at: '2027-02-01T09:00:00Z',
        },
        'https://acme-academy.northpass.com/certificates/b1.pdf',
      ),
      line('c1', { resource_id: 'c-c', name: 'First Aid', progress: 0 }),
      line('p1', {
        resource_type: 'learning_path',
        resource_id: 'p-1',
        name: 'Warehouse Path',
        progress_status: 'completed',
      }),
    ];
    northpass().get(`/v2/people/${PERSON_ID}`).reply(200, ada);
    northpass()
      .get(transcriptPath)
      .query({ limit: 100 })
      .reply(200, listOf(...lines));
    const [summary] = await run(perform, { learner: PERSON_ID });
    expect(summary).toEqual({
      ...adaLearnerOutput,
      courses_enrolled: 3,
      courses_in_progress: 0,
      courses_completed: 2,
      percent_complete: 66,
      last_active_at: '2026-12-01T08:00:00Z',
      completed_course_names: ['Forklift Operation', 'Safety Basics'],
      in_progress_course_names: [],
      learning_path_names: ['Warehouse Path'],
      completed_learning_path_names: ['Warehouse Path'],
      certificates: [
        {
          course: 'Safety Basics',
          url: 'https://acme-academy.northpass.com/certificates/a2.pdf',
          expires_at: '2026-01-10T10:00:00Z',
        },
        {
          course: 'Forklift Operation',
          url: 'https://acme-academy.northpass.com/certificates/b1.pdf',
          expires_at: '2027-02-01T09:00:00Z',
        },
      ],
      next_certificate_expires_at: '2027-02-01T09:00:00Z',
    });
    expect(sentRequests).toHaveLength(2);
  });

  it('reads every page of a long transcript: 1 + ceil(entries / 100) requests by ID', async () => {
    const courses = Array.from({ length: 150 }, (_, index) =>
      line(`l${index}`, {
        resource_id: `c-${index}`,
        name: `Course ${String(index).padStart(3, '0')}`,
        progress_status: index < 30 ? 'completed' : 'enrolled',
      }),
    );
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, ada)
      .get(transcriptPath)
      .query({ limit: 100 })
      .reply(200, pageOf(courses.slice(0, 100), true))
      .get(transcriptPath)
      .query({ limit: 100, page: 2 })
      .reply(200, listOf(...courses.slice(100)));
    const [summary] = await run(perform, { learner: PERSON_ID });
    expect(summary).toMatchObject({
      courses_enrolled: 150,
      courses_completed: 30,
      percent_complete: 20,
      certificates: [],
    });
    expect(sentRequests).toHaveLength(3);
  });

  it('gives zero counts for a learner with no activity (the transcript answers 404)', async () => {
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, ada)
      .get(transcriptPath)
      .query({ limit: 100 })
      .reply(404, { errors: [] });
    expect(await run(perform, { learner: PERSON_ID })).toEqual([noTraining]);
  });

  it('finds nothing, without an error, for someone who is no learner: one request', async () => {
    knowing({ emailCase: 'ignored' });
    northpass()
      .get('/v2/people')
      .query({ 'filter[email][eq]': 'nobody@example.com', limit: 10 })
      .reply(200, listOf());
    expect(await run(perform, { learner: 'nobody@example.com' })).toEqual([]);
    expect(sentRequests).toHaveLength(1);
  });

  it('says so, rather than give wrong counts, past the 1,000 entries it reads', async () => {
    const scope = northpass().get(`/v2/people/${PERSON_ID}`).reply(200, ada);
    const entry = line('x', { resource_id: 'c-x', name: 'X' });
    scope
      .get(transcriptPath)
      .query({ limit: 100 })
      .reply(200, pageOf([entry], true));
    for (let page = 2; page <= 10; page += 1) {
      scope
        .get(transcriptPath)
        .query({ limit: 100, page })
        .reply(200, pageOf([entry], true));
    }
    expect(await raised(run(perform, { learner: PERSON_ID }))).toEqual({
      name: 'AppError',
      code: 'transcript_too_long',
      status: 400,
      message:
        'The transcript of ada@example.com is longer than 1,000 courses and paths, too long to sum up here. Use Find Learner Progress for one course.',
    });
    expect(sentRequests).toHaveLength(11);
  });

  it.each([
    [
      {},
      "Learner: the value mapped here was empty in this run. Check the earlier step's field, or type a value.",
    ],
    [
      { learner: 'Ada Lovelace' },
      'Learner: enter an email address or a learner ID; "Ada Lovelace" is neither.',
    ],
  ])('refuses %j before any request', async (input, message) => {
    expect(await raised(run(perform, input))).toMatchObject({ message });
    expect(sentRequests).toEqual([]);
  });
});
