import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/triggers/new_learner.js';
import {
  byName,
  fixture,
  listFixture,
  listOf,
  membership,
  membershipsQuery,
  namingGroups,
  northpass,
  pageOf,
  raised,
  run,
  sentRequests,
  withAttributes,
} from '../helpers.js';
import {
  adaLearnerOutput as adaOutput,
  adaWithGroups,
  graceLearnerOutput as graceOutput,
} from '../fixtures/outputs.js';
import { logged } from '../console.js';

/** New Learner's outputs name each learner's groups: none listed here, so null. */
const unlisted = { learner_group_ids: null, learner_group_names: null };
const adaLearnerOutput = { ...adaOutput, ...unlisted };
const graceLearnerOutput = { ...graceOutput, ...unlisted };

const adaRecord = fixture('people/person.ada');
// as the people list shows her: with no groups listed (tests of group names say otherwise)
const ada = { ...adaRecord, data: { ...adaRecord.data, relationships: {} } };
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

  it('keeps only members of a group picked from the dropdown, read from its memberships: two requests', async () => {
    // the people list says nothing of groups (Northpass may leave relationship data out)
    northpass()
      .get('/v2/people')
      .query(peopleQuery)
      .reply(200, listOf({ ...ada.data, relationships: {} }, grace.data))
      .get(`/v2/groups/${GROUP_ID}/memberships`)
      .query(membershipsQuery)
      .reply(200, listOf(membership(ada.data.id)));
    const learners = await run(perform, { group: GROUP_ID });
    expect(learners).toEqual([adaLearnerOutput]);
    expect(sentRequests).toHaveLength(2);
  });

  it('resolves a group given by name, in three requests', async () => {
    northpass()
      .get('/v2/groups')
      .query(byName('Acme Corp'))
      .reply(200, listFixture('groups/groups.acme'))
      .get('/v2/people')
      .query(peopleQuery)
      .reply(200, listOf(ada.data, grace.data))
      .get(`/v2/groups/${GROUP_ID}/memberships`)
      .query(membershipsQuery)
      .reply(200, listOf(membership(ada.data.id)));
    const learners = await run(perform, { group: 'Acme Corp' });
    expect(learners.map((learner) => learner.id)).toEqual([ada.data.id]);
    expect(sentRequests).toHaveLength(3);
  });

  it('checks a dropdown group when the trigger is tested, with a small page', async () => {
    northpass()
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .get('/v2/people')
      .query({ limit: 10, sort: '-created_at' })
      .reply(200, listOf(ada.data))
      .get(`/v2/groups/${GROUP_ID}/memberships`)
      .query(membershipsQuery)
      .reply(200, listOf(membership(ada.data.id)));
    expect(await run(perform, { group: GROUP_ID }, { isLoadingSample: true })).toHaveLength(1);
  });

  it('reads the memberships page by page only until every new learner is accounted for', async () => {
    northpass()
      .get('/v2/people')
      .query(peopleQuery)
      .reply(200, listOf(ada.data, grace.data))
      .get(`/v2/groups/${GROUP_ID}/memberships`)
      .query(membershipsQuery)
      .reply(200, pageOf([membership(grace.data.id)], true))
      .get(`/v2/groups/${GROUP_ID}/memberships`)
      .query({ ...membershipsQuery, page: 2 })
      .reply(200, pageOf([membership(ada.data.id)], true));
    expect((await run(perform, { group: GROUP_ID })).map((learner) => learner.id)).toEqual([
      ada.data.id,
      grace.data.id,
    ]);
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

  it('finds the newest learners when Northpass ignores sort: walks the pages and sorts them', async () => {
    const older = withAttributes(
      ada,
      { created_at: '2025-01-01T00:00:00Z' },
      'a0000000-0000-4000-8000-000000000001',
    );
    const newest = withAttributes(
      ada,
      { created_at: '2026-11-25T00:00:00Z' },
      'a0000000-0000-4000-8000-000000000002',
    );
    northpass()
      .get('/v2/people')
      .query(peopleQuery)
      .reply(200, pageOf([older, grace.data], true))
      .get('/v2/people')
      .query({ ...peopleQuery, page: 2 })
      .reply(200, pageOf([newest], false));
    expect((await run(perform)).map((learner) => learner.id)).toEqual([
      newest.id,
      grace.data.id,
      older.id,
    ]);
  });

  it('asks again without sort when Northpass refuses it with 400, and remembers', async () => {
    northpass()
      .get('/v2/people')
      .query(peopleQuery)
      .reply(400, { errors: [{ detail: 'sort is not supported', source: { parameter: 'sort' } }] })
      .get('/v2/people')
      .query({ limit: 100 })
      .twice()
      .reply(200, listOf(ada.data, grace.data));
    expect(await run(perform)).toHaveLength(2);
    expect(sentRequests).toEqual([
      'GET /v2/people?limit=100&sort=-created_at',
      'GET /v2/people?limit=100',
    ]);
    expect(await run(perform)).toHaveLength(2);
    expect(sentRequests.at(-1)).toBe('GET /v2/people?limit=100');
  });

  it('returns at most 100 learners, each once, when Northpass ignores limit', async () => {
    const many = Array.from({ length: 150 }, (_, index) =>
      withAttributes(
        ada,
        { created_at: new Date(Date.UTC(2026, 0, 1) - index * 60_000).toISOString() },
        `b0000000-0000-4000-8000-${String(index % 120).padStart(12, '0')}`,
      ),
    );
    northpass()
      .get('/v2/people')
      .query(peopleQuery)
      .reply(200, listOf(...many));
    const learners = await run(perform);
    expect(learners).toHaveLength(100);
    expect(new Set(learners.map((learner) => learner.id)).size).toBe(100);
  });

  it('skips a record it cannot read instead of failing the poll', async () => {
    const broken = withAttributes(grace, { email: null });
    northpass().get('/v2/people').query(peopleQuery).reply(200, listOf(ada.data, broken));
    expect(await run(perform)).toEqual([adaLearnerOutput]);
    expect(logged).toEqual([
      'Skipped 1 record Northpass listed in a form this integration cannot read.',
    ]);
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

describe('new_learner with a large group', () => {
  it('stops reading memberships once they are older than the newest learners', async () => {
    const joined = (personId: string, createdAt: string) => ({
      ...membership(personId),
      attributes: { created_at: createdAt },
    });
    northpass()
      .get('/v2/people')
      .query(peopleQuery)
      .reply(200, listOf(ada.data, grace.data))
      .get(`/v2/groups/${GROUP_ID}/memberships`)
      .query(membershipsQuery)
      .reply(
        200,
        pageOf(
          [
            joined(ada.data.id, '2026-11-21T00:00:00Z'),
            joined('f0000000-0000-4000-8000-000000000001', '2026-09-01T00:00:00Z'),
            // older than Grace, the older of the two new learners: nobody further on is new
            joined('f0000000-0000-4000-8000-000000000002', '2026-01-01T00:00:00Z'),
          ],
          true,
        ),
      );
    expect((await run(perform, { group: GROUP_ID })).map((learner) => learner.id)).toEqual([
      ada.data.id,
    ]);
    expect(sentRequests).toHaveLength(2);
  });

  it('tells the user when the group chosen in the dropdown no longer exists', async () => {
    northpass()
      .get('/v2/people')
      .query(peopleQuery)
      .reply(200, listOf(ada.data))
      .get(`/v2/groups/${GROUP_ID}/memberships`)
      .query(membershipsQuery)
      .reply(404, { errors: [] })
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(404, { errors: [] });
    expect(await raised(run(perform, { group: GROUP_ID }))).toMatchObject({
      message: `Group: no group has the ID "${GROUP_ID}". Pick the group from the list or map a group ID.`,
    });
  });
});

describe('new_learner when a page cannot show its order', () => {
  it('asks once for the opposite order, and walks when Northpass ignores sort', async () => {
    const sameSecond = (id: string) =>
      withAttributes(
        ada,
        { created_at: '2026-11-01T00:00:00Z' },
        `c0000000-0000-4000-8000-00000000000${id}`,
      );
    const page1 = pageOf([sameSecond('1'), sameSecond('2')], true);
    const newest = withAttributes(
      ada,
      { created_at: '2026-11-25T00:00:00Z' },
      'c0000000-0000-4000-8000-000000000009',
    );
    northpass()
      .get('/v2/people')
      .query(peopleQuery)
      .reply(200, page1)
      .get('/v2/people')
      .query({ limit: 100, sort: 'created_at' })
      .reply(200, page1)
      .get('/v2/people')
      .query({ ...peopleQuery, page: 2 })
      .reply(200, listOf(newest));
    expect((await run(perform))[0]?.id).toBe(newest.id);
  });
});

describe('new_learner with a group of 1,000 members (pages of 500)', () => {
  it('polls in at most 3 requests by ID: the people, and the group read to its end', async () => {
    northpass()
      .get('/v2/people')
      .query(peopleQuery)
      .reply(200, listOf(ada.data, grace.data))
      .get(`/v2/groups/${GROUP_ID}/memberships`)
      .query(membershipsQuery)
      .reply(200, pageOf([membership(grace.data.id)], true))
      .get(`/v2/groups/${GROUP_ID}/memberships`)
      .query({ ...membershipsQuery, page: 2 })
      .reply(200, pageOf([membership('f0000000-0000-4000-8000-000000000001')], false));
    expect((await run(perform, { group: GROUP_ID })).map((learner) => learner.id)).toEqual([
      grace.data.id,
    ]);
    expect(sentRequests).toHaveLength(3);
  });
});

describe('new_learner when Northpass ignores sort on a long list', () => {
  it('sends at most 20 requests in all: the first page and the order check count among them', async () => {
    const learner = (page: number) =>
      withAttributes(
        ada,
        { created_at: '2026-11-01T00:00:00Z' },
        `d0000000-0000-4000-8000-${String(page).padStart(12, '0')}`,
      );
    const first = pageOf([learner(1), learner(0)], true);
    const scope = northpass()
      .get('/v2/people')
      .query(peopleQuery)
      .reply(200, first)
      .get('/v2/people')
      .query({ limit: 100, sort: 'created_at' })
      .reply(200, first);
    for (let page = 2; page <= 19; page += 1) {
      scope
        .get('/v2/people')
        .query({ ...peopleQuery, page })
        .reply(200, pageOf([learner(page)], true));
    }
    expect(await run(perform)).toHaveLength(20);
    expect(sentRequests).toHaveLength(20);
  });
});

describe("new_learner with the learners' groups", () => {
  it('names the groups the list shows for each learner, with one page of groups a poll', async () => {
    northpass().get('/v2/people').query(peopleQuery).reply(200, listOf(adaRecord.data, grace.data));
    namingGroups();
    expect(await run(perform)).toEqual([adaWithGroups, graceLearnerOutput]);
    expect(sentRequests).toEqual([
      'GET /v2/people?limit=100&sort=-created_at',
      'GET /v2/groups?limit=100&sort=name',
    ]);
  });
});
