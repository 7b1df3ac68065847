import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/creates/remove_learner_from_group.js';
import {
  fixture,
  listOf,
  membership,
  membershipsQuery,
  northpass,
  raised,
  run,
  sentRequests,
} from '../helpers.js';

const ada = fixture('people/person.ada');
const acme = fixture('groups/group.acme');
const PERSON_ID = ada.data.id;
const GROUP_ID = acme.data.id;
const memberBody = { data: [{ type: 'people', id: PERSON_ID }] };
const OTHER_ID = '8e7d6c5b-4a39-4281-9f0e-d1c2b3a49586';

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

  it.each([404, 409, 422])(
    'treats a refusal (%i) as "not a member" once the memberships confirm it',
    async (status) => {
      northpass()
        .get(`/v2/people/${PERSON_ID}`)
        .reply(200, ada)
        .get(`/v2/groups/${GROUP_ID}`)
        .reply(200, acme)
        .delete(`/v2/groups/${GROUP_ID}/relationships/people`, memberBody)
        .reply(status, '')
        .get(`/v2/groups/${GROUP_ID}/memberships`)
        .query(membershipsQuery)
        .reply(200, listOf(membership(OTHER_ID)));
      expect(await run(perform, { learner: PERSON_ID, groups: [GROUP_ID] })).toMatchObject({
        group_ids: [GROUP_ID],
      });
    },
  );

  it("fails with Northpass's reason when the learner is still a member", async () => {
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, ada)
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .delete(`/v2/groups/${GROUP_ID}/relationships/people`, memberBody)
      .reply(422, { errors: [{ detail: 'Group membership is managed by SSO' }] })
      .get(`/v2/groups/${GROUP_ID}/memberships`)
      .query(membershipsQuery)
      .reply(200, listOf(membership(OTHER_ID), membership(PERSON_ID)));
    expect(await raised(run(perform, { learner: PERSON_ID, groups: [GROUP_ID] }))).toEqual({
      name: 'AppError',
      code: 'rejected',
      status: 422,
      message:
        'Northpass rejected the data sent. Northpass said: Group membership is managed by SSO.',
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
