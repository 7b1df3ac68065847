import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/searches/find_group.js';
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
import { acmeGroupOutput } from '../fixtures/outputs.js';

const acme = fixture('groups/group.acme');

describe('find_group', () => {
  it('finds a group by exact name in one request', async () => {
    northpass()
      .get('/v2/groups')
      .query(byName('Acme Corp'))
      .reply(200, listFixture('groups/groups.acme'));
    expect(await run(perform, { name: 'Acme Corp' })).toEqual([acmeGroupOutput]);
    expect(sentRequests).toHaveLength(1);
  });

  it('falls back to a case- and space-insensitive match, learning that the search ignores case', async () => {
    northpass()
      .get('/v2/groups')
      .query(byName('acme CORP'))
      .reply(200, listFixture('groups/groups.acme'));
    expect(await run(perform, { name: ' acme   CORP ' })).toEqual([acmeGroupOutput]);
    expect(sentRequests).toHaveLength(1);
  });

  it('finds a group stored with other spacing ("Sales  Team") where the groups fit in one page', async () => {
    hopedNorthpass();
    knowing({ ...learned(), onePage: { '/v2/groups': true } });
    const spaced = withAttributes(
      acme,
      { name: ' Sales  Team ' },
      '5a5a5a5a-1111-4222-8333-444455556666',
    );
    northpass().get('/v2/groups').query(firstPageByName).reply(200, listOf(acme.data, spaced));
    expect(await run(perform, { name: 'Sales Team' })).toMatchObject([{ id: spaced.id }]);
    expect(sentRequests).toHaveLength(1);
  });

  it('finds a name that many others share a word with in one request: it searches by the whole name', async () => {
    hopedNorthpass();
    const team = withAttributes(
      acme,
      { name: 'Sales Team' },
      '5a5a5a5a-1111-4222-8333-444455556666',
    );
    northpass().get('/v2/groups').query(byName('Sales Team')).reply(200, listOf(team));
    expect(await run(perform, { name: 'Sales Team' })).toMatchObject([{ id: team.id }]);
    expect(sentRequests).toHaveLength(1);
  });

  it('finds "sales team" as "Sales Team" when the name search tells case apart', async () => {
    const sales = withAttributes(
      acme,
      { name: 'Sales Team' },
      '5a5a5a5a-1111-4222-8333-444455556666',
    );
    northpass()
      .get('/v2/groups')
      .query(byName('sales team'))
      .reply(200, listOf())
      .get('/v2/groups')
      .query(firstPageByName)
      .reply(200, listOf(acme.data, sales));
    expect(await run(perform, { name: 'sales team' })).toMatchObject([{ name: 'Sales Team' }]);
  });

  it('walks the list when Northpass ignores the name filter', async () => {
    const sales = withAttributes(
      acme,
      { name: 'Sales Team' },
      '5a5a5a5a-1111-4222-8333-444455556666',
    );
    northpass()
      .get('/v2/groups')
      .query(byName('Sales Team'))
      .reply(200, pageOf([acme.data], true))
      .get('/v2/groups')
      .query(firstPageByName)
      .reply(200, pageOf([acme.data], true))
      .get('/v2/groups')
      .query({ ...firstPageByName, page: 2 })
      .reply(200, listOf(sales));
    expect(await run(perform, { name: 'Sales Team' })).toMatchObject([{ name: 'Sales Team' }]);
    expect(sentRequests).toHaveLength(3);
  });

  it('finds a group by ID', async () => {
    northpass().get(`/v2/groups/${acme.data.id}`).reply(200, acme);
    expect(await run(perform, { name: acme.data.id })).toEqual([acmeGroupOutput]);
  });

  it('returns nothing, not an error, for an unknown name or ID', async () => {
    hopedNorthpass();
    northpass()
      .get('/v2/groups')
      .query(byName('Nobody'))
      .reply(200, listOf())
      .get(`/v2/groups/${acme.data.id}`)
      .reply(404, '');
    expect(await run(perform, { name: 'Nobody' })).toEqual([]);
    expect(await run(perform, { name: acme.data.id })).toEqual([]);
  });

  it('does not mistake a longer name for the one searched', async () => {
    hopedNorthpass();
    northpass()
      .get('/v2/groups')
      .query(byName('Acme'))
      .reply(200, listFixture('groups/groups.acme'));
    expect(await run(perform, { name: 'Acme' })).toEqual([]);
  });

  it('rejects a blank name before any request', async () => {
    expect(await raised(run(perform, { name: '' }))).toMatchObject({
      code: 'invalid_input',
      message:
        "Group Name or ID: the value mapped here was empty in this run. Check the earlier step's field, or type a value.",
    });
  });

  it('passes on a rejected key', async () => {
    northpass().get(`/v2/groups/${acme.data.id}`).reply(401, '');
    expect(await raised(run(perform, { name: acme.data.id }))).toMatchObject({
      name: 'ExpiredAuthError',
    });
  });
});
