import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/triggers/new_learning_path_completion.js';
import {
  byName,
  fixture,
  hopedNorthpass,
  listFixture,
  listOf,
  northpass,
  raised,
  run,
  sentRequests,
} from '../helpers.js';

const certification = fixture('learning-paths/learning-path.certification');
const PATH_ID = certification.data.id;
const ADA_ID = '3a1f2b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b';
const LIN_ID = 'c0ffee00-1111-4222-8333-444455556666';
const enrollmentsQuery = { limit: 100, sort: '-last_active_on', include: 'person' };
const enrollments = listFixture('learning-paths/enrollments.certification');

const completion = (learner: {
  id: string;
  email: string;
  first: string;
  last: string;
  enrolled: string;
  active: string;
}) => ({
  id: `${PATH_ID}:${learner.id}`,
  learning_path_id: PATH_ID,
  learning_path_name: 'Partner Certification Path',
  learner_id: learner.id,
  learner_email: learner.email,
  learner_first_name: learner.first,
  learner_last_name: learner.last,
  learner_name: `${learner.first} ${learner.last}`,
  progress: 100,
  enrolled_at: learner.enrolled,
  completed_at: learner.active,
  last_active_on: learner.active,
});

describe('new_learning_path_completion', () => {
  it('emits only finished enrollments, most recently active first, in two requests', async () => {
    northpass()
      .get(`/v2/learning-paths/${PATH_ID}`)
      .reply(200, certification)
      .get(`/v2/learning-paths/${PATH_ID}/enrollments`)
      .query(enrollmentsQuery)
      .reply(200, enrollments);

    expect(await run(perform, { learning_path: PATH_ID })).toEqual([
      completion({
        id: LIN_ID,
        email: 'lin@example.com',
        first: 'Lin',
        last: 'Zhao',
        enrolled: '2026-10-01T08:00:00Z',
        active: '2026-11-25T17:30:00Z',
      }),
      completion({
        id: ADA_ID,
        email: 'ada@example.com',
        first: 'Ada',
        last: 'Lovelace',
        enrolled: '2026-10-02T08:00:00Z',
        active: '2026-11-24T15:42:10Z',
      }),
    ]);
    expect(sentRequests).toEqual([
      `GET /v2/learning-paths/${PATH_ID}`,
      `GET /v2/learning-paths/${PATH_ID}/enrollments?include=person&limit=100&sort=-last_active_on`,
    ]);
  });

  it('finds the path by name and gives the same ids on the next poll', async () => {
    hopedNorthpass();
    northpass()
      .get('/v2/learning-paths')
      .query(byName('Partner Certification Path'))
      .twice()
      .reply(200, listOf(certification.data))
      .get(`/v2/learning-paths/${PATH_ID}/enrollments`)
      .query(enrollmentsQuery)
      .twice()
      .reply(200, enrollments);
    const first = await run(perform, { learning_path: 'Partner Certification Path' });
    const second = await run(perform, { learning_path: 'Partner Certification Path' });
    expect(second.map((item) => item.id)).toEqual(first.map((item) => item.id));
    expect(first.map((item) => item.id)).toEqual([`${PATH_ID}:${LIN_ID}`, `${PATH_ID}:${ADA_ID}`]);
  });

  it('treats a 404 for a path nobody is enrolled in as no completions', async () => {
    northpass()
      .get(`/v2/learning-paths/${PATH_ID}`)
      .reply(200, certification)
      .get(`/v2/learning-paths/${PATH_ID}/enrollments`)
      .query(enrollmentsQuery)
      .reply(404, '');
    expect(await run(perform, { learning_path: PATH_ID })).toEqual([]);
  });
});

describe('new_learning_path_completion with bad input', () => {
  it('fails the trigger test naming a path that does not exist', async () => {
    northpass().get(`/v2/learning-paths/${PATH_ID}`).reply(404, '');
    expect(await raised(run(perform, { learning_path: PATH_ID }))).toMatchObject({
      code: 'invalid_input',
      message: `Learning Path: no learning path has the ID "${PATH_ID}". Pick the learning path from the list or map a learning path ID.`,
    });
  });

  it('requires a learning path, before any request', async () => {
    expect(await raised(run(perform, {}))).toMatchObject({
      message:
        "Learning Path: the value mapped here was empty in this run. Check the earlier step's field, or type a value.",
    });
    expect(sentRequests).toEqual([]);
  });
});

describe('new_learning_path_completion when enrollments carry no progress', () => {
  it('fails naming the field, in two requests', async () => {
    northpass()
      .get(`/v2/learning-paths/${PATH_ID}`)
      .reply(200, certification)
      .get(`/v2/learning-paths/${PATH_ID}/enrollments`)
      .query(enrollmentsQuery)
      .reply(200, {
        ...enrollments,
        data: enrollments.data.map((item) => {
          const attributes = { ...item.attributes };
          delete attributes.progress;
          return { ...item, attributes };
        }),
      });

    expect(await raised(run(perform, { learning_path: PATH_ID }))).toEqual({
      name: 'AppError',
      code: 'progress_missing',
      status: 502,
      message:
        "Northpass's learning path enrollments carry no `progress` field, so completions cannot be told. Send this to the app's maintainer; `npm run verify-school` checks it.",
    });
    expect(sentRequests).toEqual([
      `GET /v2/learning-paths/${PATH_ID}`,
      `GET /v2/learning-paths/${PATH_ID}/enrollments?include=person&limit=100&sort=-last_active_on`,
    ]);
  });
});
