import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/triggers/learner_list.js';
import { fixture, listOf, northpass, run, sentRequests } from '../helpers.js';
import { adaLearnerOutput } from '../fixtures/outputs.js';

const ada = fixture('people/person.ada');

describe('learner_list', () => {
  it('lists a page of learners by email for the dropdown', async () => {
    northpass().get('/v2/people').query({ limit: 100, sort: 'email' }).reply(200, listOf(ada.data));
    expect(await run(perform)).toEqual([adaLearnerOutput]);
  });

  it("maps Zapier's 0-based dropdown page onto Northpass's pages", async () => {
    northpass()
      .get('/v2/people')
      .query({ limit: 100, sort: 'email', page: 3 })
      .reply(200, listOf());
    expect(await run(perform, {}, { page: 2 })).toEqual([]);
    expect(sentRequests).toEqual(['GET /v2/people?limit=100&sort=email&page=3']);
  });
});
