import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/creates/onboard_learners.js';
import {
  fixture,
  hopedNorthpass,
  inGroups,
  knowing,
  learned,
  listOf,
  membership,
  membershipsQuery,
  northpass,
  raised,
  run,
  sentRequests,
  withAttributes,
} from '../helpers.js';
import { justNow } from '../fixtures/outputs.js';

const ada = fixture('people/person.ada');
const grace = fixture('people/person.grace');
const acme = fixture('groups/group.acme');
const ADA = ada.data.id;
const GRACE = grace.data.id;
const GROUP_ID = acme.data.id;

const created = (document: typeof ada) => ({
  data: {
    ...withAttributes(document, { created_at: justNow() }),
    relationships: { groups: { data: [] } },
  },
});
const groupByName = { limit: 100, 'filter[name][cont]': 'Acme Corp', sort: 'name' };
const adaBody = {
  data: { type: 'people', attributes: { email: 'ada@example.com', first_name: 'Ada' } },
};
const graceBody = {
  data: {
    type: 'people',
    attributes: { email: 'grace@example.com', first_name: 'Grace', last_name: 'Hopper' },
  },
};
const people = (...ids: string[]) => ({ data: ids.map((id) => ({ type: 'people', id })) });
const notFound = {
  errors: [
    {
      status: '422',
      title: 'Unprocessable Entity',
      detail: 'Person not found',
      source: { pointer: '/data/0/id' },
    },
  ],
};
const input = {
  learners: [
    { email: 'Ada@Example.com', first_name: 'Ada' },
    { email: 'grace@example.com', full_name: 'Hopper, Grace' },
    { email: 'bad' },
  ],
  groups: ['Acme Corp'],
};
const badLine = {
  email: 'bad',
  learner_id: null,
  outcome: 'failed',
  error: 'Learners Email: "bad" is not a valid email address.',
};
const readAndCreate = () =>
  northpass()
    .get('/v2/groups')
    .query(groupByName)
    .reply(200, listOf(acme.data))
    .post('/v2/people', adaBody)
    .reply(201, created(ada))
    .post('/v2/people', graceBody)
    .reply(201, created(grace));

describe('onboard_learners for new learners in an existing group', () => {
  it('creates them in parallel and adds them in one batched write: 4 requests', async () => {
    hopedNorthpass();
    readAndCreate()
      .post(`/v2/groups/${GROUP_ID}/relationships/people`, people(ADA, GRACE))
      .reply(204);

    const result = await run(perform, input);

    expect(result).toEqual({
      created: 2,
      existing: 0,
      added: 2,
      failed: 1,
      learners: [
        { email: 'ada@example.com', learner_id: ADA, outcome: 'created', error: null },
        { email: 'grace@example.com', learner_id: GRACE, outcome: 'created', error: null },
        badLine,
      ],
      summary:
        'Created 2 learners, added 2 learners to Acme Corp. 1 failed: bad (Learners Email: "bad" is not a valid email address.)',
      preview: false,
    });
    expect(sentRequests).toHaveLength(4);
  });

  it('after a refused batch, reads who is in, adds each alone, fails only the one refused, and learns it', async () => {
    hopedNorthpass();
    readAndCreate()
      .post(`/v2/groups/${GROUP_ID}/relationships/people`, people(ADA, GRACE))
      .reply(422, notFound)
      .get(`/v2/groups/${GROUP_ID}/memberships`)
      .query(membershipsQuery)
      .reply(200, listOf())
      .post(`/v2/groups/${GROUP_ID}/relationships/people`, people(ADA))
      .reply(204)
      .post(`/v2/groups/${GROUP_ID}/relationships/people`, people(GRACE))
      .reply(422, notFound)
      // "already a member" is believed only when the memberships say so: they do not
      .get(`/v2/groups/${GROUP_ID}/memberships`)
      .query(membershipsQuery)
      .reply(200, listOf(membership(ADA)));

    const result = await run(perform, input);

    expect(result).toMatchObject({ created: 1, existing: 0, added: 1, failed: 2 });
    expect(result.learners[1]).toEqual({
      email: 'grace@example.com',
      learner_id: GRACE,
      outcome: 'failed',
      error:
        'Created, but not added to Acme Corp: Northpass rejected the data sent. Northpass said: Person not found (field: id).',
    });
    expect(learned()?.membershipBatch).toBe('whole');
    expect(sentRequests).toHaveLength(8);
  });

  it('adds nobody twice: a learner whose record lists the group is not written again', async () => {
    hopedNorthpass();
    northpass()
      .get('/v2/groups')
      .query(groupByName)
      .reply(200, listOf(acme.data))
      .post('/v2/people', adaBody)
      .reply(200, inGroups(ada, [GROUP_ID]));

    const result = await run(perform, { learners: [input.learners[0]], groups: ['Acme Corp'] });

    expect(result).toEqual({
      created: 0,
      existing: 1,
      added: 0,
      failed: 0,
      learners: [{ email: 'ada@example.com', learner_id: ADA, outcome: 'existing', error: null }],
      summary: 'No changes: 1 learner already onboarded.',
      preview: false,
    });
  });
});

describe('onboard_learners when nobody can be onboarded', () => {
  it("fails the step with each learner's reason", async () => {
    hopedNorthpass();
    const refused = {
      errors: [{ status: '422', title: 'Unprocessable Entity', detail: 'Email is blocked' }],
    };
    northpass()
      .get('/v2/groups')
      .query(groupByName)
      .reply(200, listOf(acme.data))
      .post('/v2/people', adaBody)
      .reply(422, refused)
      .get('/v2/people')
      .query({ 'filter[email][eq]': 'ada@example.com', limit: 10 })
      .reply(200, listOf());

    expect(
      await raised(run(perform, { learners: [input.learners[0]], groups: ['Acme Corp'] })),
    ).toMatchObject({
      message:
        'No learner could be onboarded: ada@example.com (Northpass rejected the data sent. Northpass said: Email is blocked.)',
    });
  });
});

describe('onboard_learners with Preview on', () => {
  it('reads only: the learners by email, no write', async () => {
    hopedNorthpass();
    northpass()
      .get('/v2/groups')
      .query(groupByName)
      .reply(200, listOf(acme.data))
      .get('/v2/people')
      .query({ 'filter[email][eq]': 'ada@example.com', limit: 10 })
      .reply(200, listOf(inGroups(ada, [GROUP_ID]).data))
      .get('/v2/people')
      .query({ 'filter[email][eq]': 'grace@example.com', limit: 10 })
      .reply(200, listOf());

    const result = await run(perform, {
      ...input,
      learners: input.learners.slice(0, 2),
      preview: true,
    });

    expect(result).toEqual({
      created: 1,
      existing: 1,
      added: 1,
      failed: 0,
      learners: [
        { email: 'ada@example.com', learner_id: ADA, outcome: 'existing', error: null },
        { email: 'grace@example.com', learner_id: null, outcome: 'would_create', error: null },
      ],
      summary:
        'Preview only, nothing changed: would create 1 learner, 1 already in Northpass, would add 1 learner to Acme Corp.',
      preview: true,
    });
  });
});

describe('onboard_learners refuses before any request', () => {
  const many = (count: number) =>
    Array.from({ length: count }, (_, index) => ({ email: `hire${index}@example.com` }));

  it.each([
    ['no rows', [], 'Learners: add at least one learner: a line item with an Email.'],
    [
      'a blank row',
      [{ email: ' ', first_name: '' }],
      'Learners: add at least one learner: a line item with an Email.',
    ],
    [
      '51 rows',
      many(51),
      'Learners: a step takes at most 50 learners; 51 were given. Split the list across steps or Zap runs.',
    ],
    [
      'only bad rows',
      [{ email: 'bad' }, { email: 'worse' }],
      'No learner can be onboarded: Learners Email: "bad" is not a valid email address. Learners Email: "worse" is not a valid email address.',
    ],
    [
      'a plain list of emails',
      ['ada@example.com'],
      'Learners: map line items with an Email each (one row per learner).',
    ],
  ])('%s', async (_label, learners, message) => {
    expect(await raised(run(perform, { learners, groups: ['Acme Corp'] }))).toMatchObject({
      message,
    });
    expect(sentRequests).toEqual([]);
  });

  it('more than 20 where people are added to a group one at a time (learned)', async () => {
    knowing({ membershipBatch: 'single' });
    expect(await raised(run(perform, { learners: many(21), groups: ['Acme Corp'] }))).toMatchObject(
      {
        message:
          'Learners: this Northpass school adds people to a group one at a time, so a step takes at most 20 learners (21 given). Split the list.',
      },
    );
    expect(sentRequests).toEqual([]);
  });
});
