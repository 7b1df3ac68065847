import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/creates/offboard_learner.js';
import {
  byName,
  firstPageByName,
  fixture,
  inGroups,
  expectPhases,
  hopedNorthpass,
  knowing,
  listFixture,
  listOf,
  membership,
  membershipsQuery,
  northpass,
  pageOf,
  raised,
  run,
  sentRequests,
  withAttributes,
} from '../helpers.js';
import { adaLearnerOutput, nobodyLearnerOutput } from '../fixtures/outputs.js';

const ada = fixture('people/person.ada');
const acme = fixture('groups/group.acme');
const PERSON_ID = ada.data.id;
const ACME_ID = acme.data.id;
const PARTNERS_ID = '7d2c1b0a-9e8f-4a7b-8c6d-5e4f3a2b1c0d';
const partners = { data: withAttributes(acme, { name: 'Acme Corp Partners' }, PARTNERS_ID) };
const OTHER_ID = '8e7d6c5b-4a39-4281-9f0e-d1c2b3a49586';
const memberBody = { data: [{ type: 'people', id: PERSON_ID }] };
const byEmail = { 'filter[email][eq]': 'ada@example.com', limit: 10 };
const byNameRequest = (name: string) =>
  `GET /v2/groups?limit=100&filter[name][cont]=${name}&sort=name`;

/** Ada as a read of her record shows her: in the given groups, or with her groups not listed. */
const adaIn = (groupIds: string[] | undefined) => inGroups(ada, groupIds);
/** Ada as the people list shows her: without her groups (list responses leave them out). */
const adaListed = listOf({ ...ada.data, relationships: {} });

const outputFor = (fields: {
  outcome: string;
  outcome_label?: string;
  removed: [string, string][];
  remaining: string[] | null;
  summary: string;
}) => ({
  ...adaLearnerOutput,
  outcome: fields.outcome,
  outcome_label: fields.outcome_label,
  removed_group_ids: fields.removed.map(([id]) => id),
  removed_group_names: fields.removed.map(([, name]) => name),
  remaining_group_names: fields.remaining,
  summary: fields.summary,
  preview: false,
});

describe('offboard_learner with named groups', () => {
  it('removes her from a group named by name and says which groups she is still in', async () => {
    hopedNorthpass();
    northpass()
      .get('/v2/people')
      .query(byEmail)
      .reply(200, adaListed)
      .get('/v2/groups')
      .query(byName('acme corp'))
      .reply(200, listOf(acme.data))
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, adaIn([ACME_ID, PARTNERS_ID]))
      .delete(`/v2/groups/${ACME_ID}/relationships/people`, memberBody)
      .reply(204)
      .get(`/v2/groups/${PARTNERS_ID}`)
      .reply(200, partners);

    expect(await run(perform, { learner: ' Ada@Example.com ', groups: ['acme corp'] })).toEqual(
      outputFor({
        outcome: 'removed',
        outcome_label: 'Removed',
        removed: [[ACME_ID, 'Acme Corp']],
        remaining: ['Acme Corp Partners'],
        summary: 'Removed ada@example.com from Acme Corp; still in Acme Corp Partners.',
      }),
    );
    // the learner and the group are read side by side; her record next; then the removal,
    // while the group she stays in is named
    expectPhases([
      [`GET /v2/people?filter[email][eq]=ada@example.com&limit=10`, byNameRequest('acme corp')],
      [`GET /v2/people/${PERSON_ID}`],
      [`DELETE /v2/groups/${ACME_ID}/relationships/people`, `GET /v2/groups/${PARTNERS_ID}`],
    ]);
  });

  it('is a success that sends no write when she is in none of the named groups', async () => {
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, adaIn([PARTNERS_ID]))
      .get(`/v2/groups/${ACME_ID}`)
      .reply(200, acme)
      .get(`/v2/groups/${PARTNERS_ID}`)
      .reply(200, partners);

    expect(await run(perform, { learner: PERSON_ID, groups: [ACME_ID] })).toEqual(
      outputFor({
        outcome: 'not_a_member',
        outcome_label: 'Was not a member',
        removed: [],
        remaining: ['Acme Corp Partners'],
        summary: 'No changes: ada@example.com was not in Acme Corp; still in Acme Corp Partners.',
      }),
    );
    // by ID, her record is read once: that read lists her groups
    expect(sentRequests.filter((line) => line === `GET /v2/people/${PERSON_ID}`)).toHaveLength(1);
    expect(sentRequests.some((line) => line.startsWith('DELETE'))).toBe(false);
  });

  it('asks the group itself when her record does not list her groups', async () => {
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, adaIn(undefined))
      .get(`/v2/groups/${ACME_ID}`)
      .reply(200, acme)
      .get(`/v2/groups/${ACME_ID}/memberships`)
      .query(membershipsQuery)
      .reply(200, listOf(membership(OTHER_ID), membership(PERSON_ID)))
      .delete(`/v2/groups/${ACME_ID}/relationships/people`, memberBody)
      .reply(204);

    expect(await run(perform, { learner: PERSON_ID, groups: ACME_ID })).toEqual(
      outputFor({
        outcome: 'removed',
        outcome_label: 'Removed',
        removed: [[ACME_ID, 'Acme Corp']],
        remaining: null,
        summary:
          'Removed ada@example.com from Acme Corp (Northpass did not say which other groups they are in).',
      }),
    );
  });
});

describe('offboard_learner from every group', () => {
  it('removes her from each group her record lists, one write per group', async () => {
    northpass()
      .get('/v2/people')
      .query(byEmail)
      .reply(200, adaListed)
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, adaIn([ACME_ID, PARTNERS_ID]))
      .get(`/v2/groups/${ACME_ID}`)
      .reply(200, acme)
      .get(`/v2/groups/${PARTNERS_ID}`)
      .reply(200, partners)
      .delete(`/v2/groups/${ACME_ID}/relationships/people`, memberBody)
      .reply(204)
      .delete(`/v2/groups/${PARTNERS_ID}/relationships/people`, memberBody)
      .reply(204);

    expect(await run(perform, { learner: 'ada@example.com', groups: '' })).toEqual(
      outputFor({
        outcome: 'removed',
        outcome_label: 'Removed',
        removed: [
          [ACME_ID, 'Acme Corp'],
          [PARTNERS_ID, 'Acme Corp Partners'],
        ],
        remaining: [],
        summary: 'Removed ada@example.com from Acme Corp and Acme Corp Partners.',
      }),
    );
    expect(sentRequests).toHaveLength(6);
  });

  it('says nothing changed on a replay: her record lists no groups, and records list them', async () => {
    knowing({ recordListsGroups: true });
    northpass()
      .get('/v2/people')
      .query(byEmail)
      .reply(200, adaListed)
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, adaIn([]));

    expect(await run(perform, { learner: 'ada@example.com' })).toEqual(
      outputFor({
        outcome: 'not_a_member',
        outcome_label: 'Was not a member',
        removed: [],
        remaining: [],
        summary: 'No changes: ada@example.com is in no group.',
      }),
    );
    expect(sentRequests).toHaveLength(2);
  });

  it('checks the memberships before saying "in no group" until a record has been seen to list groups', async () => {
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, adaIn([]))
      .get('/v2/groups')
      .query(firstPageByName)
      .reply(200, listFixture('groups/groups.acme'))
      .get(`/v2/groups/${ACME_ID}/memberships`)
      .query(membershipsQuery)
      .reply(200, listOf(membership(OTHER_ID)))
      .get(`/v2/groups/${PARTNERS_ID}/memberships`)
      .query(membershipsQuery)
      .reply(404, { errors: [] });

    expect(await run(perform, { learner: PERSON_ID })).toMatchObject({
      outcome: 'not_a_member',
      outcome_label: 'Was not a member',
      summary: 'No changes: ada@example.com is in no group.',
      preview: false,
    });
    expect(sentRequests).toHaveLength(4);
  });

  it("reads each group's memberships in a school of at most 100 groups when her record lists none", async () => {
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, adaIn(undefined))
      .get('/v2/groups')
      .query(firstPageByName)
      .reply(200, listFixture('groups/groups.acme'))
      .get(`/v2/groups/${ACME_ID}/memberships`)
      .query(membershipsQuery)
      .reply(200, listOf(membership(PERSON_ID)))
      .get(`/v2/groups/${PARTNERS_ID}/memberships`)
      .query(membershipsQuery)
      .reply(200, listOf(membership(OTHER_ID)))
      .delete(`/v2/groups/${ACME_ID}/relationships/people`, memberBody)
      .reply(204);

    expect(await run(perform, { learner: PERSON_ID })).toMatchObject({
      outcome: 'removed',
      outcome_label: 'Removed',
      removed_group_names: ['Acme Corp'],
      summary: 'Removed ada@example.com from Acme Corp.',
      preview: false,
    });
    // a request a group, and no second read of the group she is in before its removal
    expect(sentRequests).toHaveLength(5);
  });

  it('asks for the groups to be named when neither her record nor one page of groups can tell', async () => {
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, adaIn(undefined))
      .get('/v2/groups')
      .query(firstPageByName)
      .reply(200, pageOf([acme.data], true));

    expect(await raised(run(perform, { learner: PERSON_ID }))).toEqual({
      name: 'AppError',
      code: 'groups_unknown',
      status: 400,
      message:
        'Northpass does not list the groups of ada@example.com, and the school has more than 100 groups: name the groups to remove them from.',
    });
    expect(sentRequests).toHaveLength(2);
  });

  it('refuses, before any write, a learner in more groups than one step handles', async () => {
    const many = Array.from(
      { length: 26 },
      (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    );
    northpass().get(`/v2/people/${PERSON_ID}`).reply(200, adaIn(many));

    expect(await raised(run(perform, { learner: PERSON_ID }))).toMatchObject({
      code: 'too_many_groups',
      message:
        'The learner is in 26 groups, more than one step handles (25): name the groups to remove them from.',
    });
    expect(sentRequests).toHaveLength(1);
  });
});

describe('offboard_learner naming the groups she stays in', () => {
  it('names them from one page of groups, reading by ID only those not on it', async () => {
    const stays = ['5a5a5a5a-0000-4000-8000-000000000001', '5a5a5a5a-0000-4000-8000-000000000002'];
    const group = (id: string, name: string) => withAttributes(acme, { name }, id);
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, adaIn([ACME_ID, PARTNERS_ID, ...stays]))
      .get(`/v2/groups/${ACME_ID}`)
      .reply(200, acme)
      .delete(`/v2/groups/${ACME_ID}/relationships/people`, memberBody)
      .reply(204)
      .get('/v2/groups')
      .query(firstPageByName)
      .reply(200, pageOf([acme.data, partners.data, group(stays[0] ?? '', 'Support')], true))
      .get(`/v2/groups/${stays[1] ?? ''}`)
      .reply(200, { data: group(stays[1] ?? '', 'Sales') });

    expect(await run(perform, { learner: PERSON_ID, groups: [ACME_ID] })).toMatchObject({
      outcome: 'removed',
      outcome_label: 'Removed',
      remaining_group_names: ['Acme Corp Partners', 'Support', 'Sales'],
      summary:
        'Removed ada@example.com from Acme Corp; still in Acme Corp Partners, Support and Sales.',
      preview: false,
    });
    expect(sentRequests).toHaveLength(5);
  });

  it('says "removed" when a retried removal finds her already gone', async () => {
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, adaIn([ACME_ID]))
      .get(`/v2/groups/${ACME_ID}`)
      .reply(200, acme)
      .delete(`/v2/groups/${ACME_ID}/relationships/people`, memberBody)
      .reply(502, 'Bad Gateway')
      .delete(`/v2/groups/${ACME_ID}/relationships/people`, memberBody)
      .reply(404, { errors: [{ detail: 'Person is not a member of this group' }] })
      .get(`/v2/groups/${ACME_ID}/memberships`)
      .query(membershipsQuery)
      .reply(200, listOf(membership(OTHER_ID)));

    expect(await run(perform, { learner: PERSON_ID, groups: [ACME_ID] })).toMatchObject({
      outcome: 'removed',
      outcome_label: 'Removed',
      removed_group_names: ['Acme Corp'],
      summary: 'Removed ada@example.com from Acme Corp.',
      preview: false,
    });
  });
});

describe('offboard_learner for someone who is no learner', () => {
  it('succeeds with no_such_learner after one read, naming the email', async () => {
    knowing({ emailCase: 'ignored' });
    northpass()
      .get('/v2/people')
      .query({ 'filter[email][eq]': 'nobody@example.com', limit: 10 })
      .reply(200, listOf());

    expect(await run(perform, { learner: 'Nobody@example.com' })).toEqual({
      ...nobodyLearnerOutput('nobody@example.com'),
      outcome: 'no_such_learner',
      outcome_label: 'No such learner',
      removed_group_ids: [],
      removed_group_names: [],
      remaining_group_names: [],
      summary: 'No learner has the email "nobody@example.com", so there was nothing to remove.',
      preview: false,
    });
    expect(sentRequests).toHaveLength(1);
  });
});

describe('offboard_learner for an ID that is no learner', () => {
  it('succeeds with no_such_learner, naming the ID', async () => {
    northpass()
      .get(`/v2/people/${OTHER_ID}`)
      .reply(404, { errors: [{ detail: 'Not found' }] });
    expect(await run(perform, { learner: OTHER_ID })).toMatchObject({
      id: OTHER_ID,
      email: null,
      outcome: 'no_such_learner',
      outcome_label: 'No such learner',
      summary: `No learner has the ID "${OTHER_ID}", so there was nothing to remove.`,
      preview: false,
    });
  });
});

describe('offboard_learner failures', () => {
  it('says which groups it already left when a later removal fails', async () => {
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, adaIn([ACME_ID, PARTNERS_ID]))
      .get(`/v2/groups/${ACME_ID}`)
      .reply(200, acme)
      .get(`/v2/groups/${PARTNERS_ID}`)
      .reply(200, partners)
      .delete(`/v2/groups/${ACME_ID}/relationships/people`, memberBody)
      .reply(204)
      .delete(`/v2/groups/${PARTNERS_ID}/relationships/people`, memberBody)
      .reply(403, { errors: [{ detail: 'Group membership is managed by SSO' }] });

    expect(await raised(run(perform, { learner: PERSON_ID }))).toEqual({
      name: 'AppError',
      code: 'forbidden',
      status: 403,
      message:
        "Already done: removed from Acme Corp. Then it failed: Northpass did not allow this: your school's plan or this API key's permissions do not include it. Northpass said: Group membership is managed by SSO.",
    });
  });

  it('keeps what it already did in the message when Northpass throttles a later removal', async () => {
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, adaIn([ACME_ID, PARTNERS_ID]))
      .get(`/v2/groups/${ACME_ID}`)
      .reply(200, acme)
      .get(`/v2/groups/${PARTNERS_ID}`)
      .reply(200, partners)
      .delete(`/v2/groups/${ACME_ID}/relationships/people`, memberBody)
      .reply(204)
      // longer than a step waits: straight back to Zapier, which retries the step
      .delete(`/v2/groups/${PARTNERS_ID}/relationships/people`, memberBody)
      .reply(429, '', { 'retry-after': '60' });

    expect(await raised(run(perform, { learner: PERSON_ID }))).toEqual({
      name: 'ThrottledError',
      delay: 60,
      message:
        "Already done: removed from Acme Corp. Then it failed: Northpass's rate limit (10 requests a second per school) was reached. Zapier will retry this step shortly.",
    });
  });

  it('fails before any request on a learner that is neither an email nor an ID', async () => {
    expect(await raised(run(perform, { learner: 'Ada Lovelace' }))).toMatchObject({
      code: 'invalid_input',
      message: 'Learner: enter an email address or a learner ID; "Ada Lovelace" is neither.',
    });
    expect(await raised(run(perform, {}))).toMatchObject({
      message:
        "Learner: the value mapped here was empty in this run. Check the earlier step's field, or type a value.",
    });
    expect(sentRequests).toEqual([]);
  });

  it('names the group that does not exist, before anything is removed', async () => {
    hopedNorthpass();
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, adaIn([ACME_ID]))
      .get('/v2/groups')
      .query(byName('Nowhere'))
      .reply(200, listOf());

    expect(await raised(run(perform, { learner: PERSON_ID, groups: ['Nowhere'] }))).toMatchObject({
      code: 'invalid_input',
    });
    expect(sentRequests.some((line) => line.startsWith('DELETE'))).toBe(false);
  });
});

/**
 * Groups of more than 500 members, her record listing no groups: the budgets hold with
 * memberships 500 or 100 a page (the person filter answers after the first page either way).
 */
describe('offboard_learner with large groups', () => {
  const groupIds = [
    'a1000000-0000-4000-8000-000000000001',
    'a1000000-0000-4000-8000-000000000002',
    'a1000000-0000-4000-8000-000000000003',
  ];
  const cohorts = groupIds.map((id, index) =>
    withAttributes(acme, { name: `Cohort ${index + 1}` }, id),
  );
  const others = [membership(OTHER_ID)];
  const byPerson = { limit: 10, 'filter[person_id][eq]': PERSON_ID };

  it('leaves 3 named groups in 12 requests: a first page and her own memberships a group', async () => {
    hopedNorthpass();
    const scope = northpass()
      .get('/v2/people')
      .query(byEmail)
      .reply(200, adaListed)
      .get('/v2/groups')
      .query(firstPageByName)
      .reply(200, listOf(...cohorts))
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, adaIn(undefined));
    for (const id of groupIds) {
      scope
        .get(`/v2/groups/${id}/memberships`)
        .query(membershipsQuery)
        .reply(200, pageOf(others, true))
        .get(`/v2/groups/${id}/memberships`)
        .query(byPerson)
        .reply(200, listOf(membership(PERSON_ID)))
        .delete(`/v2/groups/${id}/relationships/people`, memberBody)
        .reply(204);
    }
    expect(
      await run(perform, {
        learner: 'ada@example.com',
        groups: ['Cohort 1', 'Cohort 2', 'Cohort 3'],
      }),
    ).toMatchObject({ outcome: 'removed', removed_group_ids: groupIds });
    expect(sentRequests).toHaveLength(12);
  });

  it('refuses more than 25 groups found from the memberships before removing any', async () => {
    const many = Array.from({ length: 26 }, (_, index) =>
      withAttributes(
        acme,
        { name: `Team ${index + 1}` },
        `b2000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      ),
    );
    const scope = northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, adaIn(undefined))
      .get('/v2/groups')
      .query(firstPageByName)
      .reply(200, listOf(...many));
    for (const group of many) {
      scope
        .get(`/v2/groups/${group.id}/memberships`)
        .query(membershipsQuery)
        .reply(200, listOf(membership(PERSON_ID)));
    }
    expect(await raised(run(perform, { learner: PERSON_ID }))).toMatchObject({
      code: 'too_many_groups',
      message:
        'The learner is in 26 groups, more than one step handles (25): name the groups to remove them from.',
    });
    expect(sentRequests.some((line) => line.startsWith('DELETE'))).toBe(false);
  });
});
