import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/triggers/new_group.js';
import { listFixture, northpass, run, sentRequests } from '../helpers.js';

describe('new_group', () => {
  it('returns the newest groups first, flat, in one request', async () => {
    northpass()
      .get('/v2/groups')
      .query({ limit: 100, sort: '-created_at' })
      .reply(200, listFixture('groups/groups.acme'));
    const groups = await run(perform);
    expect(groups[0]).toEqual({
      id: '7d2c1b0a-9e8f-4a7b-8c6d-5e4f3a2b1c0d',
      name: 'Acme Corp Partners',
      created_at: '2026-04-11T08:00:00Z',
      updated_at: '2026-04-11T08:00:00Z',
      enrollment_link: null,
      member_count: 0,
    });
    expect(sentRequests).toHaveLength(1);
  });

  it('asks for a small page when the editor loads a sample', async () => {
    northpass()
      .get('/v2/groups')
      .query({ limit: 10, sort: '-created_at' })
      .reply(200, { data: [] });
    expect(await run(perform, {}, { isLoadingSample: true })).toEqual([]);
  });
});
