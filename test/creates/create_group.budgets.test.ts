/**
 * Create Group for a new name after the first call on a connection: 3 requests (issue #23)
 * whatever the connection learned, the look-up, the create and the re-read that makes parallel
 * runs converge. The same on the sandbox: test/sandbox/shapes.e2e.test.ts.
 */
import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/creates/create_group.js';
import {
  byName,
  firstPageByName,
  fixture,
  knowing,
  listOf,
  northpass,
  pageOf,
  run,
  sentRequests,
  withAttributes,
} from '../helpers.js';
import { justNow } from '../fixtures/outputs.js';

const acme = fixture('groups/group.acme');
const globex = withAttributes(
  acme,
  { name: 'Globex', created_at: justNow(), updated_at: justNow() },
  '9f9f9f9f-1111-4222-8333-444455556666',
);
const createBody = { data: { type: 'groups', attributes: { name: 'Globex' } } };

describe('create_group for a new name, once the connection has learned the school', () => {
  it('answers from the one page a small school fits in: page, create, page', async () => {
    knowing({ onePage: { '/v2/groups': true } });
    northpass()
      .get('/v2/groups')
      .query(firstPageByName)
      .reply(200, pageOf([acme.data], false))
      .post('/v2/groups', createBody)
      .reply(201, { data: globex })
      .get('/v2/groups')
      .query(firstPageByName)
      .reply(200, pageOf([acme.data, globex], false));

    expect(await run(perform, { name: 'Globex' })).toMatchObject({
      id: globex.id,
      outcome: 'created',
    });
    expect(sentRequests).toEqual([
      'GET /v2/groups?limit=100&sort=name',
      'POST /v2/groups',
      'GET /v2/groups?limit=100&sort=name',
    ]);
  });

  it('searches with i_cont where that is what finds every letter case: 3 requests, not 2', async () => {
    knowing({ onePage: { '/v2/groups': false }, nameSearch: { '/v2/groups': 'i_cont' } });
    northpass()
      .get('/v2/groups')
      .query(byName('Globex', 'i_cont'))
      .reply(200, listOf())
      .post('/v2/groups', createBody)
      .reply(201, { data: globex })
      .get('/v2/groups')
      .query(byName('Globex', 'i_cont'))
      .reply(200, listOf(globex));

    expect(await run(perform, { name: 'Globex' })).toMatchObject({ outcome: 'created' });
    expect(sentRequests).toEqual([
      'GET /v2/groups?limit=100&filter[name][i_cont]=Globex&sort=name',
      'POST /v2/groups',
      'GET /v2/groups?limit=100&filter[name][i_cont]=Globex&sort=name',
    ]);
  });
});
