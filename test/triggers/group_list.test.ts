import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/triggers/group_list.js';
import { listFixture, listOf, northpass, raised, run, sentRequests } from '../helpers.js';

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
    expect(groups.map((group) => group.label)).toEqual(['Acme Corp', 'Acme Corp Partners']);
    expect(sentRequests).toHaveLength(1);
  });

  it('tells groups of the same name apart by member count and creation date, or ID', async () => {
    const [acme] = listFixture('groups/groups.acme').data;
    if (!acme) throw new Error('empty fixture');
    const support = (id: string, attributes: Record<string, unknown>) => ({
      ...acme,
      id,
      attributes: { ...acme.attributes, name: 'Support', ...attributes },
    });
    northpass()
      .get('/v2/groups')
      .query({ limit: 100, sort: 'name' })
      .reply(
        200,
        listOf(
          support('11111111-aaaa-4aaa-8aaa-000000000001', { membership_count: 12 }),
          support('22222222-bbbb-4bbb-8bbb-000000000002', {
            name: 'SUPPORT',
            membership_count: 1,
            created_at: '2026-05-20T10:00:00Z',
          }),
          support('33333333-cccc-4ccc-8ccc-000000000003', { membership_count: 12 }),
          support('44444444-dddd-4ddd-8ddd-000000000004', { name: 'Support Team' }),
        ),
      );
    const groups = await run(perform);
    expect(groups.map(({ name, label }) => [name, label])).toEqual([
      ['Support', 'Support (ID 11111111)'],
      ['SUPPORT', 'SUPPORT (1 member, created 2026-05-20)'],
      ['Support', 'Support (ID 33333333)'],
      ['Support Team', 'Support Team'],
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
