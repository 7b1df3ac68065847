import { createHmac } from 'node:crypto';

import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/creates/read_webhook_event.js';
import { fixture, northpass, raised, run, sentRequests } from '../helpers.js';

const SECRET = 'whsec-acme-academy-1';
/** Northpass's signature, computed here as its documentation shows (Base64 HMAC-SHA256). */
const sign = (body: string, secret = SECRET) =>
  createHmac('sha256', secret).update(body).digest('base64');

const learnerCreated = JSON.stringify(fixture('webhooks/learner-created.documented'));
const completedDocument = fixture('webhooks/course-completed.included');
const completed = JSON.stringify(completedDocument);
const grace = fixture('people/person.grace');
const fundamentals = fixture('courses/course.fundamentals');
const certification = fixture('learning-paths/learning-path.certification');

/** The course-completed body with `included` cut to these types (none: no `included`). */
const including = (types: string[], changes: Record<string, unknown> = {}) => {
  const { included, ...data } = completedDocument.data;
  const kept = (included as { type: string }[]).filter((item) => types.includes(item.type));
  return JSON.stringify({
    data: { ...data, ...(kept.length ? { included: kept } : {}), ...changes },
  });
};

const graceCompletion = {
  event_type: 'course_completed_events',
  event_id: 'c0a1b2c3-d4e5-4f60-8a7b-8c9d0e1f2a3b',
  occurred_at: '2026-06-10T16:20:00Z',
  learner_id: grace.data.id,
  learner_email: 'grace@example.com',
  learner_first_name: 'Grace',
  learner_last_name: 'Hopper',
  learner_name: 'Grace Hopper',
  course_id: fundamentals.data.id,
  course_name: 'Product Fundamentals',
  learning_path_id: null,
  learning_path_name: null,
  score: 92,
};

const invalid = (message: string) => ({
  name: 'AppError',
  code: 'invalid_input',
  status: 400,
  message,
});

describe('read_webhook_event: the documented learner-created body', () => {
  it('flattens it with no request, the last name taken from the full name', async () => {
    expect(await run(perform, { body: learnerCreated })).toEqual({
      event_type: 'learner_created_events',
      event_id: '11111111-1111-1111-1111-111111111111',
      occurred_at: '2022-04-08T17:55:43Z',
      learner_id: 'abcdefghi-1234-jklm-5678-nopqrstuvwxy',
      learner_email: 'jill@example.com',
      learner_first_name: 'Jill',
      learner_last_name: 'Smith',
      learner_name: 'Jill Smith',
      course_id: null,
      course_name: null,
      learning_path_id: null,
      learning_path_name: null,
      score: null,
    });
    expect(sentRequests).toEqual([]);
  });
});

describe('read_webhook_event: a course-completed body', () => {
  it('with the learner and the course included: no request', async () => {
    expect(await run(perform, { body: completed })).toEqual(graceCompletion);
    expect(sentRequests).toEqual([]);
  });

  it('with only the learner included: reads the course, 1 request', async () => {
    northpass().get(`/v2/courses/${fundamentals.data.id}`).reply(200, fundamentals);
    expect(await run(perform, { body: including(['people']) })).toEqual(graceCompletion);
    expect(sentRequests).toEqual([`GET /v2/courses/${fundamentals.data.id}`]);
  });

  it('with ids only: reads the learner and the course, 2 requests', async () => {
    northpass()
      .get(`/v2/people/${grace.data.id}`)
      .reply(200, grace)
      .get(`/v2/courses/${fundamentals.data.id}`)
      .reply(200, fundamentals);
    expect(await run(perform, { body: including([]) })).toEqual(graceCompletion);
    expect([...sentRequests].sort()).toEqual([
      `GET /v2/courses/${fundamentals.data.id}`,
      `GET /v2/people/${grace.data.id}`,
    ]);
  });

  it('reads the score from `value` (as quiz-completed events carry it)', async () => {
    const body = including(['people', 'courses'], {
      attributes: { created_at: '2026-06-10T16:20:00Z', value: 77 },
    });
    expect(await run(perform, { body })).toEqual({ ...graceCompletion, score: 77 });
  });

  it('says plainly when the learner it names is gone', async () => {
    northpass()
      .get(`/v2/people/${grace.data.id}`)
      .reply(404, { errors: [] })
      .get(`/v2/courses/${fundamentals.data.id}`)
      .reply(200, fundamentals);
    expect(await raised(run(perform, { body: including([]) }))).toEqual({
      name: 'AppError',
      code: 'not_found',
      status: 404,
      message: `Northpass has no learner with the ID ${grace.data.id}, which this event names; it may have been deleted since the event was sent.`,
    });
  });
});

describe('read_webhook_event: events of other shapes', () => {
  it('reads a quiz-completed event (its score as `value`) for what it names', async () => {
    const body = JSON.stringify({
      data: {
        id: 'a0a1a2a3-0000-4000-8000-000000000002',
        type: 'quiz_completed_events',
        attributes: { created_at: '2024-10-08T08:37:45Z', value: 100, minimum_passing_score: 80 },
        relationships: {
          quiz: { data: { type: 'quizzes', id: 'q1' } },
          course: { data: { type: 'courses', id: fundamentals.data.id } },
          person: { data: { type: 'people', id: grace.data.id } },
        },
      },
    });
    northpass()
      .get(`/v2/people/${grace.data.id}`)
      .reply(200, grace)
      .get(`/v2/courses/${fundamentals.data.id}`)
      .reply(200, fundamentals);
    expect(await run(perform, { body })).toEqual({
      ...graceCompletion,
      event_type: 'quiz_completed_events',
      event_id: 'a0a1a2a3-0000-4000-8000-000000000002',
      occurred_at: '2024-10-08T08:37:45Z',
      score: 100,
    });
  });

  it.each([
    [
      'a course event whose course it cannot find',
      including(['people'], { relationships: { person: { data: { id: grace.data.id } } } }),
      'This course_completed_events webhook names no course',
    ],
    [
      'a learner event without its learner',
      JSON.stringify({
        data: { id: 'b1', type: 'person_activated_events', attributes: {}, included: [] },
      }),
      'This person_activated_events webhook names no learner',
    ],
  ])('fails loudly, sending nothing, on %s', async (_what, body, start) => {
    expect(await raised(run(perform, { body }))).toEqual({
      name: 'AppError',
      code: 'unreadable_event',
      status: 422,
      message: `${start} the app can read, so its fields would be blank. Send the body to the app's maintainer; \`npm run verify-school\` checks the shape.`,
    });
    expect(sentRequests).toEqual([]);
  });
});

describe('read_webhook_event: a learning-path event', () => {
  const pathEvent = (relationships: Record<string, unknown>) =>
    JSON.stringify({
      data: {
        id: 'e1e2e3e4-0000-4000-8000-000000000001',
        type: 'learning_path_completed_events',
        attributes: { created_at: '2026-06-12T09:00:00Z' },
        relationships: {
          person: { data: { id: grace.data.id, type: 'people' } },
          learning_path: { data: { id: certification.data.id, type: 'learning_paths' } },
          ...relationships,
        },
      },
    });

  it('reads the learner and the path, 2 requests', async () => {
    northpass()
      .get(`/v2/people/${grace.data.id}`)
      .reply(200, grace)
      .get(`/v2/learning-paths/${certification.data.id}`)
      .reply(200, certification);
    expect(await run(perform, { body: pathEvent({}) })).toMatchObject({
      learner_email: 'grace@example.com',
      course_id: null,
      learning_path_id: certification.data.id,
      learning_path_name: 'Partner Certification Path',
    });
    expect(sentRequests).toHaveLength(2);
  });

  it('never reads more than 2: a path beside a course, nothing included, keeps only its id', async () => {
    northpass()
      .get(`/v2/people/${grace.data.id}`)
      .reply(200, grace)
      .get(`/v2/courses/${fundamentals.data.id}`)
      .reply(200, fundamentals);
    const body = pathEvent({ course: { data: { id: fundamentals.data.id, type: 'courses' } } });
    expect(await run(perform, { body })).toMatchObject({
      course_name: 'Product Fundamentals',
      learning_path_id: certification.data.id,
      learning_path_name: null,
    });
    expect(sentRequests).toHaveLength(2);
  });
});

describe('read_webhook_event: the signature', () => {
  it('accepts the signature Northpass computes (spaces around it ignored)', async () => {
    const signature = ` ${sign(completed)} `;
    expect(await run(perform, { body: completed, signature, secret: SECRET })).toEqual(
      graceCompletion,
    );
  });

  it.each([
    ['another secret', sign(completed, 'someone-elses-secret')],
    ['a changed body', sign(completed.replace('"score":92', '"score":100'))],
    ['a hex digest', createHmac('sha256', SECRET).update(completed).digest('hex')],
    ['text that is not Base64', 'not a signature!'],
  ])('refuses a signature made with %s, before any request', async (_what, signature) => {
    expect(await raised(run(perform, { body: including([]), signature, secret: SECRET }))).toEqual(
      invalid(
        'Signature: does not match this body and Webhook Secret, so it may not come from Northpass. Check the secret (Northpass admin: Apps, Add-ons, Webhooks) and that Body maps Raw Body.',
      ),
    );
    expect(sentRequests).toEqual([]);
  });

  it('refuses a body with a secret but no signature: a forgery would leave it out', async () => {
    expect(await raised(run(perform, { body: completed, secret: SECRET }))).toEqual(
      invalid(
        'Signature: blank while Webhook Secret is set, so the body cannot be checked. Map the X-Northpass-Hmac-SHA256 header from the Catch Raw Hook step, or clear Webhook Secret.',
      ),
    );
  });

  it('checks nothing without a secret', async () => {
    expect(await run(perform, { body: completed, signature: 'anything' })).toEqual(graceCompletion);
  });
});

describe('read_webhook_event: a body that is not a Northpass event', () => {
  const hint =
    'so it is not a Northpass webhook event (JSON with data.id and a data.type such as course_completed_events). Map Raw Body from the Catch Raw Hook step.';

  it.each([
    [
      'another service’s event',
      JSON.stringify({ id: 'evt_1', type: 'charge.succeeded', data: { object: {} } }),
    ],
    ['a Northpass record that is no event', JSON.stringify(grace)],
    ['an event with an id that is no id', including(['people'], { id: '../../v2/groups' })],
  ])('refuses %s before any request', async (_what, body) => {
    expect(await raised(run(perform, { body }))).toEqual(
      invalid(`Body: has no Northpass event in it, ${hint}`),
    );
    expect(sentRequests).toEqual([]);
  });

  it('refuses text that is not JSON (a Catch Hook step’s parsed fields)', async () => {
    expect(await raised(run(perform, { body: 'data__id=1&data__type=x' }))).toEqual(
      invalid(`Body: is not JSON, ${hint}`),
    );
  });

  it.each([
    [
      'left blank',
      undefined,
      'Body: the value mapped here was empty in this run. Map Raw Body from the Catch Raw Hook step.',
    ],
    [
      'of spaces only',
      '  ',
      'Body: the value mapped here was empty in this run. Map Raw Body from the Catch Raw Hook step.',
    ],
    [
      'over 1,000,000 characters',
      'x'.repeat(1_000_001),
      'Body: is 1,000,001 characters; a Northpass event is far smaller (at most 1,000,000).',
    ],
  ])('refuses a body %s', async (_what, body, message) => {
    expect(await raised(run(perform, { body }))).toEqual(invalid(message));
  });
});
