import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/triggers/new_learner.js';
import { fixture, listFixture, listOf, northpass, raised, run, sentRequests } from '../helpers.js';
import { adaLearnerOutput, graceLearnerOutput } from '../fixtures/outputs.js';

const ada = fixture('people/person.ada');
const grace = fixture('people/person.grace');
const acme = fixture('groups/group.acme');
const GROUP_ID = acme.data.id;
const peopleQuery = { limit: 100, sort: '-created_at' };

describe('new_learner', () => {
  it('returns the newest learners, flat, in one request', async () => {
    northpass().get('/v2/people').query(peopleQuery).reply(200, listOf(ada.data, grace.data));

    const learners = await run(perform);

    expect(learners).toEqual([adaLearnerOutput, graceLearnerOutput]);
    expect(sentRequests).toEqual(['GET /v2/people?limit=100&sort=-created_at']);
  });

  it('keeps only members of a group picked from the dropdown, in one request per poll', async () => {
    northpass().get('/v2/people').query(peopleQuery).reply(200, listOf(ada.data, grace.data));
    const learners = await run(perform, { group: GROUP_ID });
    expect(learners.map((learner) => learner.email)).toEqual(['ada@example.com']);
    expect(sentRequests).toHaveLength(1);
  });

  it('resolves a group given by name, in two requests', async () => {
    northpass()
      .get('/v2/groups')
      .query({ limit: 100, 'filter[name][cont]': 'Acme Corp', sort: 'name' })
      .reply(200, listFixture('groups/groups.acme'))
      .get('/v2/people')
      .query(peopleQuery)
      .reply(200, listOf(ada.data, grace.data));
    const learners = await run(perform, { group: 'Acme Corp' });
    expect(learners.map((learner) => learner.id)).toEqual([ada.data.id]);
    expect(sentRequests).toHaveLength(2);
  });

  it('checks a dropdown group when the trigger is tested, with a small page', async () => {
    northpass()
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .get('/v2/people')
      .query({ limit: 10, sort: '-created_at' })
      .reply(200, listOf(ada.data));
    expect(await run(perform, { group: GROUP_ID }, { isLoadingSample: true })).toHaveLength(1);
  });

  it('tells the user at setup time about an unknown group', async () => {
    northpass().get(`/v2/groups/${GROUP_ID}`).reply(404, '');
    expect(
      await raised(run(perform, { group: GROUP_ID }, { isLoadingSample: true })),
    ).toMatchObject({
      code: 'invalid_input',
      message: `Group: no group has the ID "${GROUP_ID}". Pick the group from the list or map a group ID.`,
    });
  });

  it('treats a 404 from an empty school as no learners', async () => {
    northpass().get('/v2/people').query(peopleQuery).reply(404, '');
    expect(await run(perform)).toEqual([]);
  });

  it('passes on a rejected key', async () => {
    northpass().get('/v2/people').query(peopleQuery).reply(401, '');
    expect(await raised(run(perform))).toMatchObject({ name: 'ExpiredAuthError' });
  });
});
