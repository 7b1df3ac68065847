import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/searches/find_learner.js';
import {
  fixture,
  listOf,
  knowing,
  namingGroups,
  northpass,
  pageOf,
  raised,
  run,
  sentRequests,
  withAttributes,
} from '../helpers.js';

import { adaWithGroups } from '../fixtures/outputs.js';

const ada = fixture('people/person.ada');
const grace = fixture('people/person.grace');

describe('find_learner', () => {
  it('finds a learner by email in one request, and names her groups with one more', async () => {
    northpass()
      .get('/v2/people')
      .query({ 'filter[email][eq]': 'ada@example.com', limit: 10 })
      .reply(200, listOf(ada.data));
    namingGroups();
    expect(await run(perform, { email: ' ADA@example.com' })).toEqual([adaWithGroups]);
    expect(sentRequests).toEqual([
      'GET /v2/people?filter[email][eq]=ada@example.com&limit=10',
      'GET /v2/groups?limit=100&sort=name',
    ]);
  });

  it('says nothing of the groups of a learner whose record does not list them', async () => {
    northpass()
      .get(`/v2/people/${ada.data.id}`)
      .reply(200, { data: { ...ada.data, relationships: {} } });
    expect(await run(perform, { email: ada.data.id })).toMatchObject([
      { id: ada.data.id, learner_group_ids: null, learner_group_names: null },
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
    namingGroups();
    expect(await run(perform, { email: ada.data.id })).toHaveLength(1);
    expect(await run(perform, { email: ada.data.id })).toEqual([]);
  });

  it('returns nothing when the school has no such learner (404 on the list)', async () => {
    knowing({ emailCase: 'ignored' });
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

describe('find_learner where Northpass may tell letter case apart', () => {
  // her record lists no groups: these tests are about emails, with no request to name groups
  const jane = { ...withAttributes(ada, { email: 'Jane@Acme.com' }), relationships: {} };
  const eq = (email: string) => ({ 'filter[email][eq]': email, limit: 10 });

  it('asks once a connection whether the email filter ignores letter case', async () => {
    northpass()
      .get('/v2/people')
      .query(eq('nobody@example.com'))
      .twice()
      .reply(200, listOf())
      .get('/v2/people')
      .query({ limit: 10 })
      .reply(200, listOf(ada.data))
      .get('/v2/people')
      .query(eq('ADA@EXAMPLE.COM'))
      .reply(200, listOf(ada.data));
    expect(await run(perform, { email: 'nobody@example.com' })).toEqual([]);
    // learned: the next miss is one request
    expect(await run(perform, { email: 'nobody@example.com' })).toEqual([]);
    expect(sentRequests).toEqual([
      'GET /v2/people?filter[email][eq]=nobody@example.com&limit=10',
      'GET /v2/people?limit=10',
      'GET /v2/people?filter[email][eq]=ADA@EXAMPLE.COM&limit=10',
      'GET /v2/people?filter[email][eq]=nobody@example.com&limit=10',
    ]);
  });

  it('finds Jane@Acme.com by the email as mapped when the filter tells case apart', async () => {
    knowing({ emailCase: 'exact' });
    northpass()
      .get('/v2/people')
      .query(eq('jane@acme.com'))
      .reply(200, listOf())
      .get('/v2/people')
      .query(eq('Jane@Acme.com'))
      .reply(200, listOf(jane));
    expect(await run(perform, { email: 'Jane@Acme.com' })).toMatchObject([
      { id: ada.data.id, email: 'Jane@Acme.com' },
    ]);
    expect(sentRequests).toHaveLength(2);
  });

  it('finds her by a case-insensitive search when mapped in other letters', async () => {
    knowing({ emailCase: 'exact' });
    northpass()
      .get('/v2/people')
      .query(eq('jane@acme.com'))
      .reply(200, listOf())
      .get('/v2/people')
      .query({ 'filter[email][i_cont]': 'jane@acme.com', limit: 100 })
      .reply(200, listOf(jane));
    expect(await run(perform, { email: 'jane@acme.com' })).toMatchObject([
      { email: 'Jane@Acme.com' },
    ]);
  });

  it('walks the list where there is no case-insensitive search, and remembers that', async () => {
    knowing({ emailCase: 'exact' });
    northpass()
      .get('/v2/people')
      .query(eq('jane@acme.com'))
      .twice()
      .reply(200, listOf())
      .get('/v2/people')
      .query({ 'filter[email][i_cont]': 'jane@acme.com', limit: 100 })
      .reply(400, { errors: [{ detail: 'unsupported filter predicate i_cont' }] })
      .get('/v2/people')
      .query({ limit: 100 })
      .twice()
      .reply(200, listOf(grace.data, jane));
    expect(await run(perform, { email: 'jane@acme.com' })).toMatchObject([{ id: ada.data.id }]);
    expect(await run(perform, { email: 'jane@acme.com' })).toMatchObject([{ id: ada.data.id }]);
    expect(sentRequests.filter((line) => line.includes('i_cont'))).toHaveLength(1);
  });

  it('fails, never "no such learner", when a school too large to walk cannot be searched', async () => {
    knowing({ emailCase: 'exact' });
    const scope = northpass()
      .get('/v2/people')
      .query(eq('jane@acme.com'))
      .reply(200, listOf())
      .get('/v2/people')
      .query({ 'filter[email][i_cont]': 'jane@acme.com', limit: 100 })
      .reply(400, { errors: [{ detail: 'unsupported filter predicate i_cont' }] })
      .get('/v2/people')
      .query({ limit: 100 })
      .reply(200, pageOf([grace.data], true));
    for (let page = 2; page <= 10; page += 1) {
      scope
        .get('/v2/people')
        .query({ limit: 100, page })
        .reply(200, pageOf([grace.data], true));
    }
    expect(await raised(run(perform, { email: 'jane@acme.com' }))).toEqual({
      name: 'AppError',
      code: 'email_search_incomplete',
      status: 400,
      message:
        'Northpass could not be searched for "jane@acme.com" ignoring letter case, and this school has more than 1,000 learners, so this step cannot tell whether they exist: map the learner\'s ID, or their email exactly as Northpass holds it.',
    });
  });
});
