import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/creates/add_learner_to_group.js';
import {
  fixture,
  inGroups,
  hopedNorthpass,
  membership,
  membershipsQuery,
  listFixture,
  listOf,
  knowing,
  northpass,
  pageOf,
  raised,
  run,
  sentRequests,
  withAttributes,
} from '../helpers.js';
import { adaLearnerOutput } from '../fixtures/outputs.js';

const adaRecord = fixture('people/person.ada');
const acme = fixture('groups/group.acme');
// her record lists her groups (another one): she is known not to be in Acme or its partners
const ada = inGroups(adaRecord, ['9c9c9c9c-1111-4222-8333-444455556666']);
const PERSON_ID = adaRecord.data.id;
const GROUP_ID = acme.data.id;
const PARTNERS_ID = '7d2c1b0a-9e8f-4a7b-8c6d-5e4f3a2b1c0d';
const partners = { data: withAttributes(acme, { name: 'Acme Corp Partners' }, PARTNERS_ID) };
const memberBody = { data: [{ type: 'people', id: PERSON_ID }] };

describe('add_learner_to_group with IDs', () => {
  it('reads the learner and group once each and sends one write', async () => {
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, ada)
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .post(`/v2/groups/${GROUP_ID}/relationships/people`, memberBody)
      .reply(204);

    const result = await run(perform, { learner: PERSON_ID, groups: [GROUP_ID] });

    expect(result).toEqual({
      ...adaLearnerOutput,
      group_ids: [GROUP_ID],
      group_names: ['Acme Corp'],
      summary: 'Added ada@example.com to Acme Corp.',
      preview: false,
    });
    expect(sentRequests.filter((line) => !line.startsWith('GET'))).toEqual([
      `POST /v2/groups/${GROUP_ID}/relationships/people`,
    ]);
  });

  it('adds to several groups, one write each', async () => {
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, ada)
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .get(`/v2/groups/${PARTNERS_ID}`)
      .reply(200, partners)
      .post(`/v2/groups/${GROUP_ID}/relationships/people`, memberBody)
      .reply(204)
      .post(`/v2/groups/${PARTNERS_ID}/relationships/people`, memberBody)
      .reply(201, {});
    const result = await run(perform, { learner: PERSON_ID, groups: [GROUP_ID, PARTNERS_ID] });
    expect(result.group_names).toEqual(['Acme Corp', 'Acme Corp Partners']);
  });

  it('treats a refusal (422) as "already a member" once the memberships confirm it', async () => {
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, ada)
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .post(`/v2/groups/${GROUP_ID}/relationships/people`, memberBody)
      .reply(422, { errors: [{ detail: 'Person is already a member' }] })
      .get(`/v2/groups/${GROUP_ID}/memberships`)
      .query(membershipsQuery)
      .reply(200, listOf(membership(PERSON_ID)));
    expect(await run(perform, { learner: PERSON_ID, groups: GROUP_ID })).toMatchObject({
      group_ids: [GROUP_ID],
    });
  });

  it.each([
    [
      422,
      'Person not found',
      'rejected',
      'Northpass rejected the data sent. Northpass said: Person not found.',
    ],
    [
      409,
      'Group membership is managed by SSO',
      'conflict',
      'Northpass reported a conflict with an existing record. Northpass said: Group membership is managed by SSO.',
    ],
  ])(
    "fails with Northpass's reason when a %i is not confirmed by the memberships (%s)",
    async (status, detail, code, message) => {
      northpass()
        .get(`/v2/people/${PERSON_ID}`)
        .reply(200, ada)
        .get(`/v2/groups/${GROUP_ID}`)
        .reply(200, acme)
        .post(`/v2/groups/${GROUP_ID}/relationships/people`, memberBody)
        .reply(status, { errors: [{ detail }] })
        .get(`/v2/groups/${GROUP_ID}/memberships`)
        .query(membershipsQuery)
        .reply(404, { errors: [] });
      expect(await raised(run(perform, { learner: PERSON_ID, groups: GROUP_ID }))).toEqual({
        name: 'AppError',
        code,
        status,
        message,
      });
    },
  );

  it('refuses a 200 HTML page as the answer to the write', async () => {
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, ada)
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .post(`/v2/groups/${GROUP_ID}/relationships/people`, memberBody)
      .reply(200, '<html>maintenance</html>', { 'content-type': 'text/html' });
    expect(await raised(run(perform, { learner: PERSON_ID, groups: GROUP_ID }))).toMatchObject({
      code: 'unreadable_response',
    });
  });
});

describe('add_learner_to_group by email and group name', () => {
  it('uses at most three requests', async () => {
    northpass()
      .get('/v2/people')
      .query({ 'filter[email][eq]': 'ada@example.com', limit: 10 })
      .reply(200, listOf(ada.data))
      .get('/v2/groups')
      .query({ limit: 100, 'filter[name][cont]': 'Acme Corp', sort: 'name' })
      .reply(200, listFixture('groups/groups.acme'))
      .post(`/v2/groups/${GROUP_ID}/relationships/people`, memberBody)
      .reply(204);

    const result = await run(perform, { learner: 'Ada@example.com', groups: ['Acme Corp'] });

    expect(result).toMatchObject({
      id: PERSON_ID,
      group_ids: [GROUP_ID],
      group_names: ['Acme Corp'],
    });
    expect(sentRequests).toHaveLength(3);
  });
});

describe('add_learner_to_group with bad input', () => {
  it('suggests Create Learner for an unknown email, and sends no write', async () => {
    knowing({ emailCase: 'ignored' });
    northpass()
      .get('/v2/people')
      .query({ 'filter[email][eq]': 'nobody@example.com', limit: 10 })
      .reply(200, listOf());
    expect(
      await raised(run(perform, { learner: 'nobody@example.com', groups: [GROUP_ID] })),
    ).toEqual({
      name: 'AppError',
      code: 'invalid_input',
      status: 400,
      message:
        'Learner: no learner has the email "nobody@example.com". Add them first with Create Learner or Onboard Learner.',
    });
  });

  it("names an ID that is not a learner's", async () => {
    northpass().get(`/v2/people/${GROUP_ID}`).reply(404, { errors: [] });
    expect(await raised(run(perform, { learner: GROUP_ID, groups: [GROUP_ID] }))).toMatchObject({
      code: 'invalid_input',
      message: `Learner: no learner has the ID "${GROUP_ID}".`,
    });
  });

  it.each([
    [{ learner: 'ada@', groups: [GROUP_ID] }, 'Learner: "ada@" is not a valid email address.'],
    [
      { learner: '', groups: [GROUP_ID] },
      "Learner: the value mapped here was empty in this run. Check the earlier step's field, or type a value.",
    ],
    [
      { learner: PERSON_ID, groups: [] },
      "Groups: the value mapped here was empty in this run. Check the earlier step's field, or type a value.",
    ],
  ])('rejects %j before any request', async (inputData, message) => {
    expect(await raised(run(perform, inputData))).toMatchObject({ code: 'invalid_input', message });
  });

  it('names an unknown group and sends no write', async () => {
    hopedNorthpass();
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, ada)
      .get('/v2/groups')
      .query({ limit: 100, 'filter[name][cont]': 'Ghosts', sort: 'name' })
      .reply(200, listOf());
    expect(await raised(run(perform, { learner: PERSON_ID, groups: ['Ghosts'] }))).toMatchObject({
      message:
        'Groups: no group is named "Ghosts". Check the spelling, or pick the group from the list.',
    });
  });
});

describe('add_learner_to_group failing for one of several groups', () => {
  it('says which groups it added the learner to before the failure', async () => {
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, ada)
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .get(`/v2/groups/${PARTNERS_ID}`)
      .reply(200, partners)
      .post(`/v2/groups/${GROUP_ID}/relationships/people`, memberBody)
      .reply(204)
      .post(`/v2/groups/${PARTNERS_ID}/relationships/people`, memberBody)
      .reply(403, { errors: [{ detail: 'Group is locked' }] });
    expect(
      await raised(run(perform, { learner: PERSON_ID, groups: [GROUP_ID, PARTNERS_ID] })),
    ).toEqual({
      name: 'AppError',
      code: 'forbidden',
      status: 403,
      message:
        "Already done: added to Acme Corp. Then it failed: Northpass did not allow this: your school's plan or this API key's permissions do not include it. Northpass said: Group is locked.",
    });
  });
});

describe('add_learner_to_group with a group of more than 500 members', () => {
  it('confirms a refusal from her own record, where records list groups: 2 reads, no filter', async () => {
    knowing({ recordListsGroups: true });
    const adaElsewhere = {
      data: { ...adaRecord.data, relationships: { groups: { data: [] } } },
    };
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, adaElsewhere)
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .post(`/v2/groups/${GROUP_ID}/relationships/people`, memberBody)
      .reply(422, { errors: [{ detail: 'Person is already a member' }] })
      .get(`/v2/groups/${GROUP_ID}/memberships`)
      .query(membershipsQuery)
      .reply(200, pageOf([membership('f0000000-0000-4000-8000-000000000001')], true))
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, adaRecord);
    expect(await run(perform, { learner: PERSON_ID, groups: GROUP_ID })).toMatchObject({
      group_ids: [GROUP_ID],
      summary: 'ada@example.com was already in Acme Corp.',
    });
    expect(sentRequests).toHaveLength(5);
  });
});

describe('add_learner_to_group with Preview Only', () => {
  it('reads only, and says which groups she would join and which she is in', async () => {
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, adaRecord)
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .get(`/v2/groups/${PARTNERS_ID}`)
      .reply(200, partners);
    // her record lists her groups: no membership read
    const result = await run(perform, {
      learner: PERSON_ID,
      groups: [GROUP_ID, PARTNERS_ID],
      preview: 'true',
    });
    expect(result).toMatchObject({
      preview: true,
      summary:
        'Preview only, nothing changed: would add ada@example.com to Acme Corp Partners, ada@example.com was already in Acme Corp.',
    });
    expect(sentRequests.every((line) => line.startsWith('GET '))).toBe(true);
  });
});
