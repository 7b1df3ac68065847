import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/searches/find_learning_path.js';
import { byName, fixture, hopedNorthpass, listOf, northpass, run } from '../helpers.js';

const path = fixture('learning-paths/learning-path.certification');
const pathOutput = {
  id: path.data.id,
  name: 'Partner Certification Path',
  status: 'published',
  short_description: 'Everything a partner needs to be certified, in order.',
  enrollments_count: 38,
  enrollment_link: 'https://acme-academy.northpass.com/learning-paths/partner-certification/enroll',
  created_at: '2026-02-01T09:00:00Z',
  updated_at: '2026-03-15T12:00:00Z',
};

describe('find_learning_path', () => {
  it('finds a learning path by name, ignoring letter case, in one request', async () => {
    northpass()
      .get('/v2/learning-paths')
      .query(byName('partner certification path'))
      .reply(200, listOf(path.data));
    expect(await run(perform, { name: 'partner certification path' })).toEqual([pathOutput]);
  });

  it('finds one by ID, and nothing for an unknown name', async () => {
    hopedNorthpass();
    northpass()
      .get(`/v2/learning-paths/${path.data.id}`)
      .reply(200, path)
      .get('/v2/learning-paths')
      .query(byName('Onboarding'))
      .reply(404, { errors: [] });
    expect(await run(perform, { name: path.data.id })).toEqual([pathOutput]);
    expect(await run(perform, { name: 'Onboarding' })).toEqual([]);
  });
});
