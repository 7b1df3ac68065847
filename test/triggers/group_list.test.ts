import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/triggers/group_list.js';
import { listFixture, northpass, raised, run, sentRequests } from '../helpers.js';

describe('group_list (dropdown)', () => {
  it('shows the first page alphabetically in one request', async () => {
    northpass()
      .get('/v2/groups')
      .query({ limit: 100, sort: 'name' })
      .reply(200, listFixture('groups/groups.acme'));
    const groups = await run(perform);
    expect(groups.map(({ id, name }) => ({ id, name }))).toEqual([
      { id: '0f3e6a52-3b8e-4d0e-9a51-7c1d2b9e4f10', name: 'Acme Corp' },
      { id: '7d2c1b0a-9e8f-4a7b-8c6d-5e4f3a2b1c0d', name: 'Acme Corp Partners' },
    ]);
    expect(sentRequests).toHaveLength(1);
  });

  it("maps Zapier's 0-based page onto Northpass's 1-based page", async () => {
    northpass()
      .get('/v2/groups')
      .query({ limit: 100, sort: 'name', page: 3 })
      .reply(200, { data: [] });
    expect(await run(perform, {}, { page: 2 })).toEqual([]);
  });

  it('treats a 404 for an empty school as no groups', async () => {
    northpass().get('/v2/groups').query({ limit: 100, sort: 'name' }).reply(404, '');
    expect(await run(perform)).toEqual([]);
  });

  it('passes on a rejected key', async () => {
    northpass().get('/v2/groups').query({ limit: 100, sort: 'name' }).reply(401, '');
    expect(await raised(run(perform))).toMatchObject({ name: 'ExpiredAuthError' });
  });
});
