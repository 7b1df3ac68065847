import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/creates/create_group.js';
import {
  fixture,
  listFixture,
  listOf,
  northpass,
  raised,
  run,
  sentRequests,
  withAttributes,
} from '../helpers.js';
import { acmeGroupOutput, justNow } from '../fixtures/outputs.js';

const acme = fixture('groups/group.acme');
const createBody = { data: { type: 'groups', attributes: { name: 'Acme Corp' } } };

describe('create_group', () => {
  it('creates a new group in one request, with the name trimmed', async () => {
    const created = {
      data: withAttributes(acme, { created_at: justNow(), updated_at: justNow() }),
    };
    northpass().post('/v2/groups', createBody).reply(201, created);

    const result = await run(perform, { name: '  Acme   Corp ' });

    expect(result).toEqual({
      ...acmeGroupOutput,
      created_at: created.data.attributes.created_at,
      updated_at: created.data.attributes.updated_at,
      outcome: 'created',
    });
    expect(sentRequests).toEqual(['POST /v2/groups']);
  });

  it('reports the group Northpass returns for a taken name as existing (200)', async () => {
    northpass().post('/v2/groups', createBody).reply(200, acme);
    expect(await run(perform, { name: 'Acme Corp' })).toEqual({
      ...acmeGroupOutput,
      outcome: 'existing',
    });
    expect(sentRequests).toHaveLength(1);
  });

  it('reports an old group returned with 201 as existing', async () => {
    northpass().post('/v2/groups', createBody).reply(201, acme);
    expect(await run(perform, { name: 'Acme Corp' })).toMatchObject({ outcome: 'existing' });
  });

  it('looks the group up when Northpass answers a taken name with 422', async () => {
    northpass()
      .post('/v2/groups', createBody)
      .reply(422, {
        errors: [
          {
            status: '422',
            title: 'Invalid Attribute',
            detail: 'Uh oh, that name has already been added',
            source: { pointer: '/data/attributes/name' },
          },
        ],
      })
      .get('/v2/groups')
      .query({ 'filter[name][cont]': 'Acme Corp', sort: 'name', limit: 100 })
      .reply(200, listFixture('groups/groups.acme'));

    expect(await run(perform, { name: 'Acme Corp' })).toEqual({
      ...acmeGroupOutput,
      outcome: 'existing',
    });
    expect(sentRequests).toEqual([
      'POST /v2/groups',
      'GET /v2/groups?limit=100&filter[name][cont]=Acme Corp&sort=name',
    ]);
  });

  it("raises Northpass's reason when a 422 is not about an existing group", async () => {
    northpass()
      .post('/v2/groups', { data: { type: 'groups', attributes: { name: 'Bad<>Name' } } })
      .reply(422, {
        errors: [
          {
            detail: 'Name contains invalid characters',
            source: { pointer: '/data/attributes/name' },
          },
        ],
      })
      .get('/v2/groups')
      .query({ 'filter[name][cont]': 'Bad<>Name', sort: 'name', limit: 100 })
      .reply(200, listOf());

    expect(await raised(run(perform, { name: 'Bad<>Name' }))).toEqual({
      name: 'AppError',
      code: 'rejected',
      status: 422,
      message:
        'Northpass rejected the data sent. Northpass said: Name contains invalid characters (field: name).',
    });
  });

  it('retries once when Northpass fails, since a repeated create returns the same group', async () => {
    northpass()
      .post('/v2/groups', createBody)
      .reply(503)
      .post('/v2/groups', createBody)
      .reply(200, acme);
    expect(await run(perform, { name: 'Acme Corp' })).toMatchObject({ outcome: 'existing' });
  });
});

describe('create_group with bad input', () => {
  it.each([
    [undefined, 'Group Name: enter a value; it is required.'],
    ['   ', 'Group Name: enter a value; it is required.'],
    ['x'.repeat(256), 'Group Name: must be at most 255 characters.'],
  ])('rejects %j before any request', async (name, message) => {
    expect(await raised(run(perform, { name }))).toEqual({
      name: 'AppError',
      code: 'invalid_input',
      status: 400,
      message,
    });
  });
});

describe('create_group with a rejected key', () => {
  it('marks the connection expired', async () => {
    northpass()
      .post('/v2/groups', createBody)
      .reply(401, { errors: [{ status: '401' }] });
    expect(await raised(run(perform, { name: 'Acme Corp' }))).toMatchObject({
      name: 'ExpiredAuthError',
    });
  });
});
