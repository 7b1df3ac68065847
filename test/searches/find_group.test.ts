import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/searches/find_group.js';
import { fixture, listFixture, listOf, northpass, raised, run, sentRequests } from '../helpers.js';
import { acmeGroupOutput } from '../fixtures/outputs.js';

const acme = fixture('groups/group.acme');

describe('find_group', () => {
  it('finds a group by exact name in one request', async () => {
    northpass()
      .get('/v2/groups')
      .query({ limit: 100, 'filter[name][cont]': 'Acme Corp', sort: 'name' })
      .reply(200, listFixture('groups/groups.acme'));
    expect(await run(perform, { name: 'Acme Corp' })).toEqual([acmeGroupOutput]);
    expect(sentRequests).toHaveLength(1);
  });

  it('falls back to a case- and space-insensitive match', async () => {
    northpass()
      .get('/v2/groups')
      .query({ limit: 100, 'filter[name][cont]': 'acme CORP', sort: 'name' })
      .reply(200, listFixture('groups/groups.acme'));
    expect(await run(perform, { name: ' acme   CORP ' })).toEqual([acmeGroupOutput]);
  });

  it('finds a group by ID', async () => {
    northpass().get(`/v2/groups/${acme.data.id}`).reply(200, acme);
    expect(await run(perform, { name: acme.data.id })).toEqual([acmeGroupOutput]);
  });

  it('returns nothing, not an error, for an unknown name or ID', async () => {
    northpass()
      .get('/v2/groups')
      .query({ limit: 100, 'filter[name][cont]': 'Nobody', sort: 'name' })
      .reply(200, listOf())
      .get(`/v2/groups/${acme.data.id}`)
      .reply(404, '');
    expect(await run(perform, { name: 'Nobody' })).toEqual([]);
    expect(await run(perform, { name: acme.data.id })).toEqual([]);
  });

  it('does not mistake a longer name for the one searched', async () => {
    northpass()
      .get('/v2/groups')
      .query({ limit: 100, 'filter[name][cont]': 'Acme', sort: 'name' })
      .reply(200, listFixture('groups/groups.acme'));
    expect(await run(perform, { name: 'Acme' })).toEqual([]);
  });

  it('rejects a blank name before any request', async () => {
    expect(await raised(run(perform, { name: '' }))).toMatchObject({
      code: 'invalid_input',
      message: 'Group Name or ID: enter a value; it is required.',
    });
  });

  it('passes on a rejected key', async () => {
    northpass().get(`/v2/groups/${acme.data.id}`).reply(401, '');
    expect(await raised(run(perform, { name: acme.data.id }))).toMatchObject({
      name: 'ExpiredAuthError',
    });
  });
});
