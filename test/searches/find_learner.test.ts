import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/searches/find_learner.js';
import {
  fixture,
  listOf,
  northpass,
  raised,
  run,
  sentRequests,
  withAttributes,
} from '../helpers.js';

const ada = fixture('people/person.ada');

describe('find_learner', () => {
  it('finds a learner by email in one request', async () => {
    northpass()
      .get('/v2/people')
      .query({ 'filter[email][eq]': 'ada@example.com', limit: 10 })
      .reply(200, listOf(ada.data));
    expect(await run(perform, { email: ' ADA@example.com' })).toMatchObject([
      { id: ada.data.id, email: 'ada@example.com', full_name: 'Ada Lovelace' },
    ]);
    expect(sentRequests).toHaveLength(1);
  });

  it('ignores a filter result whose email is not the one asked for', async () => {
    northpass()
      .get('/v2/people')
      .query({ 'filter[email][eq]': 'ada@example.com', limit: 10 })
      .reply(200, listOf(withAttributes(ada, { email: 'ada@example.com.au' })));
    expect(await run(perform, { email: 'ada@example.com' })).toEqual([]);
  });

  it('finds a learner by ID, and returns nothing for an unknown ID', async () => {
    northpass()
      .get(`/v2/people/${ada.data.id}`)
      .reply(200, ada)
      .get(`/v2/people/${ada.data.id}`)
      .reply(404, '');
    expect(await run(perform, { email: ada.data.id })).toHaveLength(1);
    expect(await run(perform, { email: ada.data.id })).toEqual([]);
  });

  it('returns nothing when the school has no such learner (404 on the list)', async () => {
    northpass()
      .get('/v2/people')
      .query({ 'filter[email][eq]': 'nobody@example.com', limit: 10 })
      .reply(404, '');
    expect(await run(perform, { email: 'nobody@example.com' })).toEqual([]);
  });

  it('rejects a malformed email before any request', async () => {
    expect(await raised(run(perform, { email: 'ada@' }))).toMatchObject({
      code: 'invalid_input',
      message: 'Email or Learner ID: "ada@" is not a valid email address.',
    });
  });

  it('rejects a value that is neither an email nor an ID, before any request', async () => {
    expect(await raised(run(perform, { email: 'Ada Lovelace' }))).toEqual({
      name: 'AppError',
      code: 'invalid_input',
      status: 400,
      message:
        'Email or Learner ID: enter an email address or a learner ID; "Ada Lovelace" is neither.',
    });
  });
});
