import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/searches/find_learner.js';
import {
  fixture,
  listOf,
  northpass,
  pageOf,
  raised,
  run,
  sentRequests,
  withAttributes,
} from '../helpers.js';

const ada = fixture('people/person.ada');
const grace = fixture('people/person.grace');

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

  it('does not take another email the filter answered with, and checks the list instead', async () => {
    const aussie = withAttributes(ada, { email: 'ada@example.com.au' });
    northpass()
      .get('/v2/people')
      .query({ 'filter[email][eq]': 'ada@example.com', limit: 10 })
      .reply(200, listOf(aussie))
      .get('/v2/people')
      .query({ limit: 100 })
      .reply(200, listOf(aussie));
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

describe('find_learner when Northpass ignores the email filter', () => {
  it('reads the learners instead, and remembers to', async () => {
    const other = withAttributes(
      ada,
      { email: 'zed@example.com' },
      'd0000000-0000-4000-8000-000000000001',
    );
    northpass()
      .get('/v2/people')
      .query({ 'filter[email][eq]': 'grace@example.com', limit: 10 })
      .reply(200, listOf(other, ada.data))
      .get('/v2/people')
      .query({ limit: 100 })
      .reply(200, pageOf([other, ada.data], true))
      .get('/v2/people')
      .query({ limit: 100, page: 2 })
      .reply(200, pageOf([grace.data], false))
      .get('/v2/people')
      .query({ limit: 100 })
      .reply(200, pageOf([other, ada.data], false));
    expect(await run(perform, { email: 'grace@example.com' })).toMatchObject([
      { id: grace.data.id },
    ]);
    expect(await run(perform, { email: 'nobody@example.com' })).toEqual([]);
  });
});
