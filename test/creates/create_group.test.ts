import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/creates/create_group.js';
import {
  byName,
  firstPageByName,
  fixture,
  hopedNorthpass,
  knowing,
  learned,
  listFixture,
  listOf,
  northpass,
  pageOf,
  raised,
  run,
  sentRequests,
  withAttributes,
} from '../helpers.js';
import { acmeGroupOutput, justNow } from '../fixtures/outputs.js';

const acme = fixture('groups/group.acme');
const createBody = { data: { type: 'groups', attributes: { name: 'Acme Corp' } } };
const created = () => ({
  data: withAttributes(acme, { created_at: justNow(), updated_at: justNow() }),
});

describe('create_group on a Northpass whose name search ignores letter case', () => {
  it('creates a new group in three requests: look up, create, read back', async () => {
    hopedNorthpass();
    const group = created();
    northpass()
      .get('/v2/groups')
      .query(byName('Acme Corp'))
      .reply(200, listOf())
      .post('/v2/groups', createBody)
      .reply(201, group)
      .get('/v2/groups')
      .query(byName('Acme Corp'))
      .reply(200, listOf(group.data));

    const result = await run(perform, { name: '  Acme   Corp ' });

    expect(result).toEqual({
      ...acmeGroupOutput,
      created_at: group.data.attributes.created_at,
      updated_at: group.data.attributes.updated_at,
      outcome: 'created',
      outcome_label: 'Created',
      preview: false,
    });
    expect(sentRequests).toEqual([
      'GET /v2/groups?limit=100&filter[name][cont]=Acme Corp&sort=name',
      'POST /v2/groups',
      'GET /v2/groups?limit=100&filter[name][cont]=Acme Corp&sort=name',
    ]);
  });

  it('sends the name without control or invisible characters', async () => {
    hopedNorthpass();
    const group = created();
    northpass()
      .get('/v2/groups')
      .query(byName('Acme Corp'))
      .reply(200, listOf())
      .post('/v2/groups', createBody)
      .reply(201, group)
      .get('/v2/groups')
      .query(byName('Acme Corp'))
      .reply(200, listOf(group.data));
    // a right-to-left override, NUL, a zero-width space, a tab, a byte-order mark
    const result = await run(perform, { name: '\u202eAc\u0000me\u200b\tCorp\ufeff' });
    expect(result).toMatchObject({ name: 'Acme Corp', outcome: 'created' });
  });

  it('cleans the names Northpass holds the same way before comparing them (groups in one page)', async () => {
    hopedNorthpass();
    knowing({ ...learned(), onePage: { '/v2/groups': true } });
    const hidden = withAttributes(acme, { name: 'Acme\u200b\u00a0Corp\u202c' });
    northpass().get('/v2/groups').query(firstPageByName).reply(200, listOf(hidden));
    expect(await run(perform, { name: 'Acme Corp' })).toMatchObject({
      id: acme.data.id,
      outcome: 'existing',
      preview: false,
    });
    expect(sentRequests).toHaveLength(1);
  });

  it('finds an existing group by the name rule in one request, and creates nothing', async () => {
    hopedNorthpass();
    northpass()
      .get('/v2/groups')
      .query(byName('acme corp'))
      .reply(200, listFixture('groups/groups.acme'));
    expect(await run(perform, { name: '  acme  corp ' })).toEqual({
      ...acmeGroupOutput,
      outcome: 'existing',
      outcome_label: 'Already existed',
      preview: false,
    });
    expect(sentRequests).toHaveLength(1);
  });

  it('reports the group Northpass returns for a taken name as existing (200)', async () => {
    hopedNorthpass();
    northpass()
      .get('/v2/groups')
      .query(byName('Acme Corp'))
      .reply(200, listOf())
      .post('/v2/groups', createBody)
      .reply(200, acme)
      .get('/v2/groups')
      .query(byName('Acme Corp'))
      .reply(200, listOf(acme.data));
    expect(await run(perform, { name: 'Acme Corp' })).toEqual({
      ...acmeGroupOutput,
      outcome: 'existing',
      outcome_label: 'Already existed',
      preview: false,
    });
  });

  it('reports an old group returned with 201 as existing', async () => {
    hopedNorthpass();
    northpass()
      .get('/v2/groups')
      .query(byName('Acme Corp'))
      .reply(200, listOf())
      .post('/v2/groups', createBody)
      .reply(201, acme)
      .get('/v2/groups')
      .query(byName('Acme Corp'))
      .reply(200, listOf(acme.data));
    expect(await run(perform, { name: 'Acme Corp' })).toMatchObject({ outcome: 'existing' });
  });

  it('looks the group up when Northpass answers a taken name with 422', async () => {
    hopedNorthpass();
    northpass()
      .get('/v2/groups')
      .query(byName('Acme Corp'))
      .reply(200, listOf())
      .post('/v2/groups', createBody)
      .reply(422, {
        errors: [
          {
            status: '422',
            title: 'Invalid Attribute',
            detail: 'Uh oh, that name has already been added',
            source: { pointer: '/data/attributes/name' },
          },
        ],
      })
      .get('/v2/groups')
      .query(byName('Acme Corp'))
      .twice()
      .reply(200, listFixture('groups/groups.acme'));

    expect(await run(perform, { name: 'Acme Corp' })).toEqual({
      ...acmeGroupOutput,
      outcome: 'existing',
      outcome_label: 'Already existed',
      preview: false,
    });
  });

  it("raises Northpass's reason when a 422 is not about an existing group", async () => {
    hopedNorthpass();
    northpass()
      .get('/v2/groups')
      .query(byName('Bad<>Name'))
      .twice()
      .reply(200, listOf())
      .post('/v2/groups', { data: { type: 'groups', attributes: { name: 'Bad<>Name' } } })
      .reply(422, {
        errors: [
          {
            detail: 'Name contains invalid characters',
            source: { pointer: '/data/attributes/name' },
          },
        ],
      });

    expect(await raised(run(perform, { name: 'Bad<>Name' }))).toEqual({
      name: 'AppError',
      code: 'rejected',
      status: 422,
      message:
        'Northpass rejected the data sent. Northpass said: Name contains invalid characters (field: name).',
    });
  });

  it('retries the create once when Northpass fails, since a repeat returns the same group', async () => {
    hopedNorthpass();
    northpass()
      .get('/v2/groups')
      .query(byName('Acme Corp'))
      .reply(200, listOf())
      .post('/v2/groups', createBody)
      .reply(503)
      .post('/v2/groups', createBody)
      .reply(200, acme)
      .get('/v2/groups')
      .query(byName('Acme Corp'))
      .reply(200, listOf(acme.data));
    expect(await run(perform, { name: 'Acme Corp' })).toMatchObject({ outcome: 'existing' });
  });

  it('settles on the oldest group when a parallel run created the same name', async () => {
    hopedNorthpass();
    const mine = {
      data: withAttributes(
        acme,
        { name: 'acme corp', created_at: justNow() },
        '9f9f9f9f-1111-4222-8333-444455556666',
      ),
    };
    northpass()
      .get('/v2/groups')
      .query(byName('acme corp'))
      .reply(200, listOf())
      .post('/v2/groups', { data: { type: 'groups', attributes: { name: 'acme corp' } } })
      .reply(201, mine)
      .get('/v2/groups')
      .query(byName('acme corp'))
      .reply(200, listOf(mine.data, acme.data));
    expect(await run(perform, { name: 'acme corp' })).toEqual({
      ...acmeGroupOutput,
      outcome: 'existing',
      outcome_label: 'Already existed',
      preview: false,
    });
  });

  it('names every group that matches when several do, and creates nothing', async () => {
    hopedNorthpass();
    const twin = withAttributes(
      acme,
      { name: 'ACME corp' },
      '9f9f9f9f-1111-4222-8333-444455556666',
    );
    northpass().get('/v2/groups').query(byName('acme corp')).reply(200, listOf(acme.data, twin));
    expect(await raised(run(perform, { name: 'acme corp' }))).toEqual({
      name: 'AppError',
      code: 'invalid_input',
      status: 400,
      message: `Group Name: 2 groups match "acme corp": "Acme Corp" (ID ${acme.data.id}) and "ACME corp" (ID ${twin.id}). Pick one from the list or map its ID.`,
    });
  });
});

describe('create_group with many groups of one long name', () => {
  it('names as many as fit in 250 characters, then how many more', async () => {
    hopedNorthpass();
    const name = 'Northwind Regional Partner Enablement Programme 2026';
    const twins = Array.from({ length: 40 }, (_, index) =>
      withAttributes(acme, { name }, `9f9f9f9f-1111-4222-8333-${String(index).padStart(12, '0')}`),
    );
    northpass()
      .get('/v2/groups')
      .query(byName(name))
      .reply(200, listOf(...twins));
    expect(await raised(run(perform, { name }))).toEqual({
      name: 'AppError',
      code: 'invalid_input',
      status: 400,
      message: `Group Name: 40 groups match "${name}": "${name}" (ID ${twins[0]?.id}) and 39 more. Pick one from the list or map its ID.`,
    });
  });
});

describe('create_group on a Northpass whose name search tells letter case apart', () => {
  const salesEngineering = withAttributes(
    acme,
    { name: 'Sales Engineering' },
    '2b2b2b2b-1111-4222-8333-444455556666',
  );

  it('finds "  sales engineering " as "Sales Engineering" in a small school: one page holds every group', async () => {
    northpass()
      .get('/v2/groups')
      .query(byName('sales engineering'))
      .reply(200, listOf())
      .get('/v2/groups')
      .query(firstPageByName)
      .reply(200, listOf(acme.data, salesEngineering));
    expect(await run(perform, { name: '  sales engineering ' })).toMatchObject({
      id: salesEngineering.id,
      name: 'Sales Engineering',
      outcome: 'existing',
      preview: false,
    });
    expect(sentRequests).toHaveLength(2);
  });

  it('learns how to search a large school once, then walks the list when no search ignores case', async () => {
    northpass()
      .get('/v2/groups')
      .query(byName('sales engineering'))
      .reply(200, listOf())
      .get('/v2/groups')
      .query(firstPageByName)
      .reply(200, pageOf([acme.data], true))
      // the probe: "Acme Corp" with its letter case flipped
      .get('/v2/groups')
      .query(byName('aCME cORP'))
      .reply(200, listOf())
      .get('/v2/groups')
      .query(byName('aCME cORP', 'i_cont'))
      .reply(400, { errors: [{ detail: 'unsupported filter predicate i_cont' }] })
      // the walk goes on from the first page
      .get('/v2/groups')
      .query({ ...firstPageByName, page: 2 })
      .reply(200, pageOf([salesEngineering], false));

    expect(await run(perform, { name: 'sales engineering' })).toMatchObject({
      id: salesEngineering.id,
      outcome: 'existing',
      preview: false,
    });
    expect(sentRequests).toHaveLength(5);
  });

  it('walks when Northpass ignores i_cont (and lists every group for a name nobody has)', async () => {
    northpass()
      .get('/v2/groups')
      .query(byName('sales engineering'))
      .reply(200, listOf())
      .get('/v2/groups')
      .query(firstPageByName)
      .reply(200, pageOf([acme.data], true))
      .get('/v2/groups')
      .query(byName('aCME cORP'))
      .reply(200, listOf())
      .get('/v2/groups')
      .query(byName('aCME cORP', 'i_cont'))
      .reply(200, listOf(acme.data))
      .get('/v2/groups')
      .query(byName('zq-no-such-name-7f3a', 'i_cont'))
      .reply(200, listOf(acme.data))
      .get('/v2/groups')
      .query({ ...firstPageByName, page: 2 })
      .reply(200, pageOf([salesEngineering], false));
    expect(await run(perform, { name: 'sales engineering' })).toMatchObject({
      id: salesEngineering.id,
      outcome: 'existing',
      preview: false,
    });
  });

  it('uses i_cont when Northpass has it', async () => {
    northpass()
      .get('/v2/groups')
      .query(byName('sales engineering'))
      .reply(200, listOf())
      .get('/v2/groups')
      .query(firstPageByName)
      .reply(200, pageOf([acme.data], true))
      .get('/v2/groups')
      .query(byName('aCME cORP'))
      .reply(200, listOf())
      .get('/v2/groups')
      .query(byName('aCME cORP', 'i_cont'))
      .reply(200, listOf(acme.data))
      // a name nobody has: an ignored filter would list every group
      .get('/v2/groups')
      .query(byName('zq-no-such-name-7f3a', 'i_cont'))
      .reply(200, listOf())
      .get('/v2/groups')
      .query(byName('sales engineering', 'i_cont'))
      .reply(200, listOf(salesEngineering));
    expect(await run(perform, { name: 'sales engineering' })).toMatchObject({
      id: salesEngineering.id,
      outcome: 'existing',
      preview: false,
    });
  });
});

describe('create_group with bad input', () => {
  it.each([
    [
      undefined,
      "Group Name: the value mapped here was empty in this run. Check the earlier step's field, or type a value.",
    ],
    [
      '   ',
      "Group Name: the value mapped here was empty in this run. Check the earlier step's field, or type a value.",
    ],
    ['x'.repeat(256), 'Group Name: must be at most 255 characters.'],
    [
      '\u200b\u202e\u0000\ufeff',
      'Group Name: holds only invisible or control characters; enter visible text.',
    ],
  ])('rejects %j before any request', async (name, message) => {
    expect(await raised(run(perform, { name }))).toEqual({
      name: 'AppError',
      code: 'invalid_input',
      status: 400,
      message,
    });
  });
});

describe('create_group with a rejected key', () => {
  it('marks the connection expired', async () => {
    northpass()
      .get('/v2/groups')
      .query(byName('Acme Corp'))
      .reply(401, { errors: [{ status: '401' }] });
    expect(await raised(run(perform, { name: 'Acme Corp' }))).toMatchObject({
      name: 'ExpiredAuthError',
    });
  });
});

describe('create_group with Preview Only', () => {
  it('says it would create a new name, with no ID, and sends no write', async () => {
    hopedNorthpass();
    northpass().get('/v2/groups').query(byName('Acme Corp')).reply(200, listOf());
    expect(await run(perform, { name: 'Acme Corp', preview: 'true' })).toEqual({
      id: null,
      name: 'Acme Corp',
      created_at: null,
      updated_at: null,
      enrollment_link: null,
      member_count: null,
      outcome: 'would_create',
      outcome_label: 'Would be created',
      preview: true,
    });
    expect(sentRequests).toEqual([
      'GET /v2/groups?limit=100&filter[name][cont]=Acme Corp&sort=name',
    ]);
  });

  it('returns the existing group as existing', async () => {
    hopedNorthpass();
    northpass().get('/v2/groups').query(byName('acme corp')).reply(200, listOf(acme.data));
    expect(await run(perform, { name: 'acme corp', preview: 'yes' })).toEqual({
      ...acmeGroupOutput,
      outcome: 'existing',
      outcome_label: 'Already existed',
      preview: true,
    });
    expect(sentRequests).toHaveLength(1);
  });
});
