import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/triggers/learning_path_list.js';
import { fixture, listOf, northpass, run, sentRequests } from '../helpers.js';

const certification = fixture('learning-paths/learning-path.certification');

describe('learning_path_list (dropdown)', () => {
  it('shows a page of learning paths by name, names shown and IDs stored', async () => {
    northpass()
      .get('/v2/learning-paths')
      .query({ limit: 100, sort: 'name', page: 2 })
      .reply(200, listOf(certification.data));
    const paths = await run(perform, {}, { page: 1 });
    expect(paths.map(({ id, name }) => ({ id, name }))).toEqual([
      { id: certification.data.id, name: 'Partner Certification Path' },
    ]);
    expect(sentRequests).toEqual(['GET /v2/learning-paths?limit=100&sort=name&page=2']);
  });

  it('shows an empty list for a school with no learning paths (Northpass answers 404)', async () => {
    northpass()
      .get('/v2/learning-paths')
      .query({ limit: 100, sort: 'name' })
      .reply(404, { errors: [{ detail: 'Not found' }] });
    expect(await run(perform, {})).toEqual([]);
  });
});
