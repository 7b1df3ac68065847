import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/creates/remove_learner_from_group.js';
import { fixture, listOf, northpass, raised, run, sentRequests } from '../helpers.js';

const ada = fixture('people/person.ada');
const acme = fixture('groups/group.acme');
const PERSON_ID = ada.data.id;
const GROUP_ID = acme.data.id;
const memberBody = { data: [{ type: 'people', id: PERSON_ID }] };

describe('remove_learner_from_group', () => {
  it('removes the learner with one write per group', async () => {
    northpass()
      .get('/v2/people')
      .query({ 'filter[email][eq]': 'ada@example.com', limit: 10 })
      .reply(200, listOf(ada.data))
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .delete(`/v2/groups/${GROUP_ID}/relationships/people`, memberBody)
      .reply(204);

    const result = await run(perform, { learner: 'ada@example.com', groups: [GROUP_ID] });

    expect(result).toMatchObject({
      id: PERSON_ID,
      email: 'ada@example.com',
      group_ids: [GROUP_ID],
      group_names: ['Acme Corp'],
    });
    expect(sentRequests).toHaveLength(3);
  });

  it.each([404, 422])('treats "not a member" (%i) as a success', async (status) => {
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, ada)
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .delete(`/v2/groups/${GROUP_ID}/relationships/people`, memberBody)
      .reply(status, '');
    expect(await run(perform, { learner: PERSON_ID, groups: [GROUP_ID] })).toMatchObject({
      group_ids: [GROUP_ID],
    });
  });

  it('suggests adding an unknown learner first, and sends no write', async () => {
    northpass()
      .get('/v2/people')
      .query({ 'filter[email][eq]': 'nobody@example.com', limit: 10 })
      .reply(200, listOf());
    expect(
      await raised(run(perform, { learner: 'nobody@example.com', groups: [GROUP_ID] })),
    ).toMatchObject({
      code: 'invalid_input',
      message:
        'Learner: no learner has the email "nobody@example.com". Add them first with Create Learner or Onboard Learner.',
    });
  });

  it('rejects blank groups before any request', async () => {
    expect(await raised(run(perform, { learner: PERSON_ID, groups: [' '] }))).toMatchObject({
      message: 'Groups: enter a value; it is required.',
    });
  });
});
