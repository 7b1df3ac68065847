import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/creates/create_learner.js';
import {
  fixture,
  listOf,
  knowing,
  namingGroups,
  northpass,
  raised,
  run,
  sentRequests,
  withAttributes,
} from '../helpers.js';
import { adaLearnerOutput, adaWithGroups, justNow } from '../fixtures/outputs.js';

const acme = fixture('groups/group.acme').data;

const ada = fixture('people/person.ada');
const createBody = (attributes: Record<string, string>) => ({
  data: { type: 'people', attributes },
});

describe('create_learner', () => {
  it('creates a new learner in one request, email trimmed and lower-cased', async () => {
    const created = {
      ...withAttributes(ada, { created_at: justNow(), updated_at: justNow() }),
      relationships: {},
    };
    northpass()
      .post(
        '/v2/people',
        createBody({ email: 'ada@example.com', first_name: 'Ada', last_name: 'Lovelace' }),
      )
      .reply(201, { data: created });

    const result = await run(perform, {
      email: '  Ada@Example.COM ',
      first_name: ' Ada',
      last_name: 'Lovelace ',
    });

    expect(result).toEqual({
      ...adaLearnerOutput,
      created_at: created.attributes.created_at,
      updated_at: created.attributes.updated_at,
      // a learner just created is in no group yet: no request to say so
      learner_group_ids: [],
      learner_group_names: [],
      outcome: 'created',
      outcome_label: 'Created',
      preview: false,
    });
    expect(sentRequests).toEqual(['POST /v2/people']);
  });

  it('splits a CRM\'s one Full Name ("Lovelace, Ada") into first and last name', async () => {
    const created = { ...withAttributes(ada, { created_at: justNow() }), relationships: {} };
    northpass()
      .post(
        '/v2/people',
        createBody({ email: 'ada@example.com', first_name: 'Ada', last_name: 'Lovelace' }),
      )
      .reply(201, { data: created });
    expect(
      await run(perform, { email: 'ada@example.com', full_name: ' Lovelace,  Ada ' }),
    ).toMatchObject({ first_name: 'Ada', last_name: 'Lovelace', outcome: 'created' });
    expect(sentRequests).toEqual(['POST /v2/people']);
  });

  it('reports a "new" learner who is already in groups as existing', async () => {
    const inGroups = withAttributes(ada, { created_at: justNow() });
    northpass()
      .post('/v2/people', createBody({ email: 'ada@example.com' }))
      .reply(201, { data: inGroups });
    namingGroups();
    expect(await run(perform, { email: 'ada@example.com' })).toMatchObject({
      outcome: 'existing',
      outcome_label: 'Already existed',
      learner_group_ids: [acme.id],
      learner_group_names: ['Acme Corp'],
    });
  });

  it('sends only the email when the names are blank', async () => {
    const created = {
      ...withAttributes(ada, {
        first_name: null,
        last_name: null,
        full_name: null,
        name: null,
        created_at: justNow(),
      }),
      relationships: {},
    };
    northpass()
      .post('/v2/people', createBody({ email: 'ada@example.com' }))
      .reply(201, { data: created });
    const result = await run(perform, {
      email: 'ada@example.com',
      first_name: '',
      last_name: '  ',
    });
    expect(result).toMatchObject({
      first_name: null,
      last_name: null,
      full_name: null,
      outcome: 'created',
      outcome_label: 'Created',
      preview: false,
    });
  });

  it('returns an existing learner Northpass hands back (200) as existing, in one request', async () => {
    northpass()
      .post('/v2/people', createBody({ email: 'ada@example.com' }))
      .reply(200, ada);
    namingGroups();
    expect(await run(perform, { email: 'ada@example.com' })).toEqual({
      ...adaWithGroups,
      outcome: 'existing',
      outcome_label: 'Already existed',
      preview: false,
    });
    // and one more to name the groups her record lists
    expect(sentRequests).toEqual(['POST /v2/people', 'GET /v2/groups?limit=100&sort=name']);
  });

  it('finds the existing learner when Northpass refuses a taken email (422), in two requests', async () => {
    northpass()
      .post('/v2/people', createBody({ email: 'ada@example.com' }))
      .reply(422, {
        errors: [
          { detail: 'Email has already been taken', source: { pointer: '/data/attributes/email' } },
        ],
      })
      .get('/v2/people')
      .query({ 'filter[email][eq]': 'ada@example.com', limit: 10 })
      .reply(200, listOf(withAttributes(ada, { email: 'Ada@Example.com' })));
    namingGroups();

    expect(await run(perform, { email: 'ada@example.com' })).toEqual({
      ...adaWithGroups,
      email: 'Ada@Example.com',
      outcome: 'existing',
      outcome_label: 'Already existed',
      preview: false,
    });
    expect(sentRequests).toEqual([
      'POST /v2/people',
      'GET /v2/people?filter[email][eq]=ada@example.com&limit=10',
      'GET /v2/groups?limit=100&sort=name',
    ]);
  });

  it("raises Northpass's reason when a 422 is not about an existing email", async () => {
    knowing({ emailCase: 'ignored' });
    northpass()
      .post('/v2/people', createBody({ email: 'ada@example.com' }))
      .reply(422, {
        errors: [
          { detail: 'Email domain is blocked', source: { pointer: '/data/attributes/email' } },
        ],
      })
      .get('/v2/people')
      .query({ 'filter[email][eq]': 'ada@example.com', limit: 10 })
      .reply(200, listOf());
    expect(await raised(run(perform, { email: 'ada@example.com' }))).toEqual({
      name: 'AppError',
      code: 'rejected',
      status: 422,
      message:
        'Northpass rejected the data sent. Northpass said: Email domain is blocked (field: email).',
    });
  });
});

describe('create_learner with bad input', () => {
  it.each([
    [
      {},
      "Email: the value mapped here was empty in this run. Check the earlier step's field, or type a value.",
    ],
    [
      { email: '   ' },
      "Email: the value mapped here was empty in this run. Check the earlier step's field, or type a value.",
    ],
    [{ email: 'ada.example.com' }, 'Email: "ada.example.com" is not a valid email address.'],
    [
      { email: 'ada@example.com', first_name: 'A'.repeat(256) },
      'First Name: must be at most 255 characters.',
    ],
  ])('rejects %j before any request', async (inputData, message) => {
    expect(await raised(run(perform, inputData))).toEqual({
      name: 'AppError',
      code: 'invalid_input',
      status: 400,
      message,
    });
  });
});

describe('create_learner with a rejected key', () => {
  it('marks the connection expired', async () => {
    northpass().post('/v2/people').reply(401, '');
    expect(await raised(run(perform, { email: 'ada@example.com' }))).toMatchObject({
      name: 'ExpiredAuthError',
    });
  });
});

describe('create_learner with Preview Only', () => {
  it('says it would create a new learner (no ID, no invitation), reading only', async () => {
    northpass()
      .get('/v2/people')
      .query({ 'filter[email][eq]': 'ada@example.com', limit: 10 })
      .reply(200, listOf());
    knowing({ emailCase: 'ignored' });
    expect(
      await run(perform, { email: 'Ada@example.com', full_name: 'Ada Lovelace', preview: 'true' }),
    ).toEqual({
      id: null,
      email: 'ada@example.com',
      first_name: 'Ada',
      last_name: 'Lovelace',
      full_name: 'Ada Lovelace',
      registration_status: null,
      activated_at: null,
      sso_uid: null,
      disabled: null,
      created_at: null,
      updated_at: null,
      learner_group_ids: [],
      learner_group_names: [],
      outcome: 'would_create',
      outcome_label: 'Would be created',
      preview: true,
    });
    expect(sentRequests).toEqual(['GET /v2/people?filter[email][eq]=ada@example.com&limit=10']);
  });

  it('returns an existing learner as existing', async () => {
    knowing({ emailCase: 'ignored' });
    northpass()
      .get('/v2/people')
      .query({ 'filter[email][eq]': 'ada@example.com', limit: 10 })
      .reply(200, listOf(ada.data));
    namingGroups();
    expect(await run(perform, { email: 'ada@example.com', preview: 'true' })).toEqual({
      ...adaWithGroups,
      outcome: 'existing',
      outcome_label: 'Already existed',
      preview: true,
    });
  });
});
