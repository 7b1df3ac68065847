import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/creates/remove_learner_from_group.js';
import {
  fixture,
  inGroups,
  listOf,
  membership,
  membershipsQuery,
  knowing,
  learned,
  northpass,
  pageOf,
  raised,
  run,
  sentRequests,
} from '../helpers.js';
import { adaLearnerOutput, nobodyLearnerOutput } from '../fixtures/outputs.js';

const ada = fixture('people/person.ada');
const acme = fixture('groups/group.acme');
const PERSON_ID = ada.data.id;
const GROUP_ID = acme.data.id;
const OTHER_GROUP = '7d2c1b0a-9e8f-4a7b-8c6d-5e4f3a2b1c0d';
const memberBody = { data: [{ type: 'people', id: PERSON_ID }] };
const OTHER_ID = '8e7d6c5b-4a39-4281-9f0e-d1c2b3a49586';
/** Ada as a read of her record shows her: in the given groups, or with her groups not listed. */
const adaIn = (groupIds: string[] | undefined) => inGroups(ada, groupIds);

describe('remove_learner_from_group', () => {
  it('removes a learner her record lists in the group, and says so', async () => {
    northpass()
      .get('/v2/people')
      .query({ 'filter[email][eq]': 'ada@example.com', limit: 10 })
      .reply(200, listOf(adaIn([GROUP_ID]).data))
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .delete(`/v2/groups/${GROUP_ID}/relationships/people`, memberBody)
      .reply(204);

    expect(await run(perform, { learner: 'ada@example.com', groups: [GROUP_ID] })).toEqual({
      ...adaLearnerOutput,
      outcome: 'removed',
      removed_group_ids: [GROUP_ID],
      removed_group_names: ['Acme Corp'],
      outcome_label: 'Removed',
      summary: 'Removed ada@example.com from Acme Corp.',
      preview: false,
    });
    expect(sentRequests).toHaveLength(3);
  });

  it('sends nothing for a group her record does not list: not a member is a success', async () => {
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, adaIn([OTHER_GROUP]))
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme);
    expect(await run(perform, { learner: PERSON_ID, groups: [GROUP_ID] })).toMatchObject({
      id: PERSON_ID,
      outcome: 'not_a_member',
      removed_group_ids: [],
      removed_group_names: [],
      outcome_label: 'Was not a member',
      summary: 'ada@example.com was not in Acme Corp: nothing to remove.',
      preview: false,
    });
    expect(sentRequests).toHaveLength(2);
  });

  it("reads the group's memberships when her record lists no groups", async () => {
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, adaIn(undefined))
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .get(`/v2/groups/${GROUP_ID}/memberships`)
      .query(membershipsQuery)
      .reply(200, listOf(membership(OTHER_ID)));
    expect(await run(perform, { learner: PERSON_ID, groups: [GROUP_ID] })).toMatchObject({
      outcome: 'not_a_member',
    });
  });

  it.each([404, 409, 422])(
    'treats a refusal (%i) as "not a member" once the memberships confirm it',
    async (status) => {
      northpass()
        .get(`/v2/people/${PERSON_ID}`)
        .reply(200, adaIn([GROUP_ID]))
        .get(`/v2/groups/${GROUP_ID}`)
        .reply(200, acme)
        .delete(`/v2/groups/${GROUP_ID}/relationships/people`, memberBody)
        .reply(status, '')
        .get(`/v2/groups/${GROUP_ID}/memberships`)
        .query(membershipsQuery)
        .reply(200, listOf(membership(OTHER_ID)));
      expect(await run(perform, { learner: PERSON_ID, groups: [GROUP_ID] })).toMatchObject({
        outcome: 'not_a_member',
      });
    },
  );

  it("fails with Northpass's reason when the learner is still a member", async () => {
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, adaIn([GROUP_ID]))
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

  it('succeeds for an email that is no learner at all, and sends no write', async () => {
    knowing({ emailCase: 'ignored' });
    northpass()
      .get('/v2/people')
      .query({ 'filter[email][eq]': 'nobody@example.com', limit: 10 })
      .reply(200, listOf())
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme);
    expect(await run(perform, { learner: ' Nobody@Example.com ', groups: [GROUP_ID] })).toEqual({
      ...nobodyLearnerOutput('nobody@example.com'),
      outcome: 'no_such_learner',
      removed_group_ids: [],
      removed_group_names: [],
      outcome_label: 'No such learner',
      summary: 'No learner has the email "nobody@example.com", so there was nothing to remove.',
      preview: false,
    });
    expect(sentRequests.every((line) => line.startsWith('GET'))).toBe(true);
  });

  it('fails, never "no such learner", when the lookup answers with a 404 web page', async () => {
    northpass()
      .get('/v2/people')
      .query({ 'filter[email][eq]': 'ada@example.com', limit: 10 })
      .reply(404, '<!DOCTYPE html><html><body>Maintenance</body></html>')
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme);
    expect(
      await raised(run(perform, { learner: 'ada@example.com', groups: [GROUP_ID] })),
    ).toMatchObject({ code: 'unexpected_page', status: 502 });
    expect(sentRequests.every((line) => line.startsWith('GET'))).toBe(true);
  });

  it('fails, never "no such learner", when the only match is a record it cannot read', async () => {
    northpass()
      .get('/v2/people')
      .query({ 'filter[email][eq]': 'ada@example.com', limit: 10 })
      .reply(200, listOf({ ...ada.data, id: '../../groups' }))
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme);
    expect(await raised(run(perform, { learner: 'ada@example.com', groups: [GROUP_ID] }))).toEqual({
      name: 'AppError',
      code: 'unreadable_learner',
      status: 502,
      message:
        'Northpass listed learners in a form this integration cannot read, and "ada@example.com" may be one of them, so this step cannot tell whether they exist. Ask Northpass support.',
    });
  });

  it('says on a replay that there was nothing left to remove, sending no write', async () => {
    // the first run removed her; on the replay her record lists no group (not believed alone)
    const input = { learner: 'ada@example.com', groups: [GROUP_ID, OTHER_GROUP] };
    const other = {
      data: {
        ...acme.data,
        id: OTHER_GROUP,
        attributes: { ...acme.data.attributes, name: 'Support' },
      },
    };
    northpass()
      .get('/v2/people')
      .query({ 'filter[email][eq]': 'ada@example.com', limit: 10 })
      .reply(200, listOf(adaIn([GROUP_ID, OTHER_GROUP]).data))
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .get(`/v2/groups/${OTHER_GROUP}`)
      .reply(200, other)
      .delete(`/v2/groups/${GROUP_ID}/relationships/people`, memberBody)
      .reply(204)
      .delete(`/v2/groups/${OTHER_GROUP}/relationships/people`, memberBody)
      .reply(204);
    const first = await run(perform, input);
    expect([first.outcome, first.outcome_label, first.summary]).toEqual([
      'removed',
      'Removed',
      'Removed ada@example.com from Acme Corp and Support.',
    ]);
    expect(sentRequests).toHaveLength(5);

    sentRequests.length = 0;
    northpass()
      .get('/v2/people')
      .query({ 'filter[email][eq]': 'ada@example.com', limit: 10 })
      .reply(200, listOf(adaIn([]).data))
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .get(`/v2/groups/${OTHER_GROUP}`)
      .reply(200, other)
      .get(`/v2/groups/${GROUP_ID}/memberships`)
      .query(membershipsQuery)
      .reply(200, listOf(membership(OTHER_ID)))
      .get(`/v2/groups/${OTHER_GROUP}/memberships`)
      .query(membershipsQuery)
      .reply(200, listOf(membership(OTHER_ID)));
    const replay = await run(perform, input);
    expect([replay.outcome, replay.outcome_label, replay.summary]).toEqual([
      'not_a_member',
      'Was not a member',
      'ada@example.com was not in Acme Corp or Support: nothing to remove.',
    ]);
    expect(sentRequests).toHaveLength(5);
    expect(sentRequests.every((line) => line.startsWith('GET'))).toBe(true);
  });

  it('names the groups removed from and those she was not in', async () => {
    const other = {
      data: {
        ...acme.data,
        id: OTHER_GROUP,
        attributes: { ...acme.data.attributes, name: 'Support' },
      },
    };
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, adaIn([GROUP_ID]))
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .get(`/v2/groups/${OTHER_GROUP}`)
      .reply(200, other)
      .delete(`/v2/groups/${GROUP_ID}/relationships/people`, memberBody)
      .reply(204);
    expect(
      (await run(perform, { learner: PERSON_ID, groups: [GROUP_ID, OTHER_GROUP] })).summary,
    ).toBe('Removed ada@example.com from Acme Corp; was not in Support.');
    expect(sentRequests).toHaveLength(4);
  });

  it('rejects blank groups before any request', async () => {
    expect(await raised(run(perform, { learner: PERSON_ID, groups: [' '] }))).toMatchObject({
      message:
        "Groups: the value mapped here was empty in this run. Check the earlier step's field, or type a value.",
    });
  });
});

/**
 * A group of more than one page of memberships (500 a page, the sandbox's default; the budgets
 * hold with pages of 100 too): whether she is in it costs at most 2 requests where memberships
 * can be asked for one learner (membership-filter honoured), otherwise its pages are read.
 */
describe('remove_learner_from_group with a group of more than 500 members', () => {
  const others = Array.from({ length: 3 }, (_, index) =>
    membership(`f0000000-0000-4000-8000-00000000000${index}`),
  );
  const byPerson = { limit: 10, 'filter[person_id][eq]': PERSON_ID };
  const setUp = () =>
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, adaIn(undefined))
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .get(`/v2/groups/${GROUP_ID}/memberships`)
      .query(membershipsQuery)
      .reply(200, pageOf(others, true));

  it('asks the memberships for her alone after the first page: 2 reads, and remembers that it works', async () => {
    setUp()
      .get(`/v2/groups/${GROUP_ID}/memberships`)
      .query(byPerson)
      .reply(200, listOf(membership(PERSON_ID)))
      .delete(`/v2/groups/${GROUP_ID}/relationships/people`, memberBody)
      .reply(204);
    expect(await run(perform, { learner: PERSON_ID, groups: [GROUP_ID] })).toMatchObject({
      outcome: 'removed',
    });
    expect(sentRequests).toHaveLength(5);
    expect(learned()?.membershipPersonFilter).toBe(true);

    // the next run asks for her alone at once: 1 read whatever the group's size
    sentRequests.length = 0;
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, adaIn(undefined))
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .get(`/v2/groups/${GROUP_ID}/memberships`)
      .query(byPerson)
      .reply(404, { errors: [] });
    expect(await run(perform, { learner: PERSON_ID, groups: [GROUP_ID] })).toMatchObject({
      outcome: 'not_a_member',
    });
    expect(sentRequests).toEqual([
      `GET /v2/people/${PERSON_ID}`,
      `GET /v2/groups/${GROUP_ID}`,
      `GET /v2/groups/${GROUP_ID}/memberships?limit=10&filter[person_id][eq]=${PERSON_ID}`,
    ]);
  });

  it.each([
    ['ignores the filter', 200, pageOf(others, true)],
    ['refuses the filter (400)', 400, { errors: [{ detail: 'unsupported filter person_id' }] }],
  ])('reads the next pages when Northpass %s, and asks no more', async (_how, status, body) => {
    setUp()
      .get(`/v2/groups/${GROUP_ID}/memberships`)
      .query(byPerson)
      .reply(status, body)
      .get(`/v2/groups/${GROUP_ID}/memberships`)
      .query({ ...membershipsQuery, page: 2 })
      .reply(200, listOf(membership(PERSON_ID)))
      .delete(`/v2/groups/${GROUP_ID}/relationships/people`, memberBody)
      .reply(204);
    expect(await run(perform, { learner: PERSON_ID, groups: [GROUP_ID] })).toMatchObject({
      outcome: 'removed',
    });
    expect(sentRequests).toHaveLength(6);
    expect(learned()?.membershipPersonFilter).toBe(false);

    sentRequests.length = 0;
    setUp()
      .get(`/v2/groups/${GROUP_ID}/memberships`)
      .query({ ...membershipsQuery, page: 2 })
      .reply(200, listOf(...others));
    expect(await run(perform, { learner: PERSON_ID, groups: [GROUP_ID] })).toMatchObject({
      outcome: 'not_a_member',
    });
    expect(sentRequests).toHaveLength(4);
  });
});
