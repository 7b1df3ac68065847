import { describe, expect, it } from '@jest/globals';
import type { ZObject } from 'zapier-platform-core';

import { groupCollection, type Group } from '../../src/resources/groups/api.js';
import { nameKey, sameName } from '../../src/resources/lookup/names.js';
import { recordsNamed } from '../../src/resources/lookup/name-search.js';
import { findAllNamed, findNamed } from '../../src/resources/lookup/references.js';
import {
  byName,
  firstPageByName,
  hopedNorthpass,
  knowing,
  learned,
  listOf,
  northpass,
  pageOf,
  raised,
  run,
  sentRequests,
  type FixtureResource,
} from '../helpers.js';

/**
 * Finding records by name (src/resources/lookup/): the one name rule, the searches it makes of
 * Northpass, and each fallback, specified directly on groups (courses and learning paths share
 * the code).
 */

const group = (name: string, n: number): FixtureResource => ({
  id: `5a5a5a5a-1111-4222-8333-${String(n).padStart(12, '0')}`,
  type: 'groups',
  attributes: { name },
});
const sales = group('Sales Team', 1);
const support = group('Support', 2);
const named = (records: Group[]) => records.map((record) => record.attributes.name);
const lookUp =
  (name: string, options: { all?: boolean; fresh?: boolean } = {}) =>
  (z: ZObject) =>
    recordsNamed(z, groupCollection, name, options);
const oneRunLookingUp =
  (...names: string[]) =>
  async (z: ZObject) =>
    Promise.all(names.map((name) => findNamed(z, groupCollection, name, 'Groups')));

describe('the one name rule', () => {
  it('ignores outer spaces, runs of inner spaces, letter case and invisible characters', () => {
    expect(nameKey('  Sales \t  TEAM\u200b ')).toBe('sales team');
    expect(nameKey('Sales Team')).toBe(nameKey('sales  team'));
  });

  it('keeps every other difference: punctuation and accents make other names', () => {
    expect(nameKey('Sales-Team')).not.toBe(nameKey('Sales Team'));
    expect(nameKey('Équipe')).not.toBe(nameKey('Equipe'));
  });

  it('picks every record with the same name, once each', () => {
    const shouting = group('SALES TEAM', 3);
    expect(
      sameName([sales, support, shouting, sales] as Group[], ' sales team ').map((r) => r.id),
    ).toEqual([sales.id, shouting.id]);
  });
});

describe('a name search (Northpass behaving as hoped: its search ignores letter case)', () => {
  it('asks for the whole name: one request, however many records share its words', async () => {
    hopedNorthpass();
    northpass().get('/v2/groups').query(byName('sales team')).reply(200, listOf(sales));
    expect(named(await run(lookUp('  sales   team ')))).toEqual(['Sales Team']);
    expect(sentRequests).toEqual([
      'GET /v2/groups?limit=100&filter[name][cont]=sales team&sort=name',
    ]);
  });

  it('prefers the record named exactly as typed over others of the same name', async () => {
    hopedNorthpass();
    const shouting = group('SALES TEAM', 3);
    northpass().get('/v2/groups').query(byName('Sales Team')).reply(200, listOf(shouting, sales));
    expect((await run(oneRunLookingUp('Sales Team')))[0]?.id).toBe(sales.id);
  });

  it('names every record when several share the name and none is exact', async () => {
    hopedNorthpass();
    const shouting = group('SALES TEAM', 3);
    northpass().get('/v2/groups').query(byName('sales team')).reply(200, listOf(shouting, sales));
    expect((await raised(run(oneRunLookingUp('sales team')))).message).toBe(
      `Groups: 2 groups match "sales team": "SALES TEAM" (ID ${shouting.id}) and "Sales Team" (ID ${sales.id}). Pick one from the list or map its ID.`,
    );
  });

  it('stops rather than say "none" when more records contain the name than it reads (3 pages)', async () => {
    hopedNorthpass();
    const page = (n: number) => pageOf([group(`Team ${n}`, 10 + n)], true);
    northpass()
      .get('/v2/groups')
      .query(byName('Team'))
      .reply(200, page(1))
      .get('/v2/groups')
      .query({ ...byName('Team'), page: 2 })
      .reply(200, page(2))
      .get('/v2/groups')
      .query({ ...byName('Team'), page: 3 })
      .reply(200, page(3));
    expect((await raised(run(lookUp('Team')))).message).toMatch(
      /^Northpass has too many groups to check every spelling of "Team"/,
    );
  });
});

describe('a school whose list fits in one page', () => {
  it('learns it from the first page it reads, and answers every later name of the run from it', async () => {
    // the search tells letter case apart: the first page is read to find "sales team"
    northpass()
      .get('/v2/groups')
      .query(byName('sales team'))
      .reply(200, listOf())
      .get('/v2/groups')
      .query(firstPageByName)
      .reply(200, listOf(sales, support));
    expect(named(await run(lookUp('sales team')))).toEqual(['Sales Team']);
    expect(learned()).toMatchObject({ onePage: { '/v2/groups': true } });
  });

  it('then costs one request a run for any number of names, spacing and case included', async () => {
    hopedNorthpass();
    knowing({ ...learned(), onePage: { '/v2/groups': true } });
    const spaced = group(' Sales  Team ', 4);
    northpass().get('/v2/groups').query(firstPageByName).reply(200, listOf(spaced, support));
    const found = await run(oneRunLookingUp('sales team', 'SUPPORT', 'Nowhere'));
    expect(found.map((record) => record?.id ?? null)).toEqual([spaced.id, support.id, null]);
    expect(sentRequests).toEqual(['GET /v2/groups?limit=100&sort=name']);
  });

  it('reads the page again for a fresh look (after a create), and notices a school that grew', async () => {
    hopedNorthpass();
    knowing({ ...learned(), onePage: { '/v2/groups': true } });
    northpass()
      .get('/v2/groups')
      .query(firstPageByName)
      .reply(200, pageOf([support], true))
      .get('/v2/groups')
      .query(byName('Sales Team'))
      .reply(200, listOf(sales));
    expect(named(await run(lookUp('Sales Team', { fresh: true })))).toEqual(['Sales Team']);
    expect(learned()).toMatchObject({ onePage: { '/v2/groups': false } });
  });

  it('from three names on, is read first on a connection that does not know yet', async () => {
    hopedNorthpass();
    northpass().get('/v2/groups').query(firstPageByName).reply(200, listOf(sales, support));
    const found = await run((z: ZObject) =>
      findAllNamed(z, groupCollection, ['Sales Team', 'Support', 'Nowhere'], 'Groups'),
    );
    expect(found.map((entry) => entry.record?.id ?? null)).toEqual([sales.id, support.id, null]);
    expect(sentRequests).toHaveLength(1);
  });
});

describe('the fallbacks, each learned once per connection', () => {
  it('walks the list when Northpass ignores the name filter', async () => {
    northpass()
      .get('/v2/groups')
      .query(byName('Sales Team'))
      .reply(200, pageOf([support], true))
      .get('/v2/groups')
      .query(firstPageByName)
      .reply(200, pageOf([support], true))
      .get('/v2/groups')
      .query({ ...firstPageByName, page: 2 })
      .reply(200, listOf(sales));
    expect(named(await run(lookUp('Sales Team')))).toEqual(['Sales Team']);
    expect(learned()).toMatchObject({ nameSearch: { '/v2/groups': 'walk' } });
  });

  it('learns that the search ignores case from an answer differing in case', async () => {
    const shouting = group('SALES TEAM', 3);
    northpass().get('/v2/groups').query(byName('Sales Team')).reply(200, listOf(shouting));
    expect(named(await run(lookUp('Sales Team', { all: true })))).toEqual(['SALES TEAM']);
    expect(learned()).toMatchObject({ nameSearch: { '/v2/groups': 'cont' } });
  });

  it('uses i_cont once learned, with no probe', async () => {
    knowing({ nameSearch: { '/v2/groups': 'i_cont' } });
    northpass().get('/v2/groups').query(byName('sales team', 'i_cont')).reply(200, listOf(sales));
    expect(named(await run(lookUp('sales team')))).toEqual(['Sales Team']);
    expect(sentRequests).toHaveLength(1);
  });
});

describe('a list value with commas', () => {
  const findAll =
    (...values: string[]) =>
    (z: ZObject) =>
      findAllNamed(z, groupCollection, values, 'Groups');

  it('is one name when a record has the whole of it', async () => {
    hopedNorthpass();
    const acme = group('Acme, Inc.', 5);
    northpass().get('/v2/groups').query(byName('Acme, Inc.')).reply(200, listOf(acme));
    expect(await run(findAll('Acme, Inc.'))).toEqual([{ ref: 'Acme, Inc.', record: acme }]);
  });

  it('is several names when every part names a record', async () => {
    hopedNorthpass();
    northpass()
      .get('/v2/groups')
      .query(byName('Sales Team,Support'))
      .reply(200, listOf())
      .get('/v2/groups')
      .query(byName('Sales Team'))
      .reply(200, listOf(sales))
      .get('/v2/groups')
      .query(byName('Support'))
      .reply(200, listOf(support));
    expect(await run(findAll('Sales Team,Support'))).toEqual([
      { ref: 'Sales Team', record: sales },
      { ref: 'Support', record: support },
    ]);
  });

  it('is neither, and says which parts are records, when only some parts name records', async () => {
    hopedNorthpass();
    northpass()
      .get('/v2/groups')
      .query(byName('Sales Team, Nowhere'))
      .reply(200, listOf())
      .get('/v2/groups')
      .query(byName('Sales Team'))
      .reply(200, listOf(sales))
      .get('/v2/groups')
      .query(byName('Nowhere'))
      .reply(200, listOf());
    expect(await run(findAll('Sales Team, Nowhere'))).toEqual([
      {
        ref: 'Sales Team, Nowhere',
        record: null,
        mixed: { named: ['Sales Team'], missing: ['Nowhere'] },
      },
    ]);
  });

  it('is one name still to create when no part names a record ("Acme, Inc." new)', async () => {
    hopedNorthpass();
    northpass()
      .get('/v2/groups')
      .query(byName('Acme, Inc.'))
      .reply(200, listOf())
      .get('/v2/groups')
      .query(byName('Acme'))
      .reply(200, listOf())
      .get('/v2/groups')
      .query(byName('Inc.'))
      .reply(200, listOf());
    expect(await run(findAll('Acme, Inc.'))).toEqual([{ ref: 'Acme, Inc.', record: null }]);
  });

  it('is one name a part with Split, each found or still to create', async () => {
    hopedNorthpass();
    northpass()
      .get('/v2/groups')
      .query(byName('Sales Team'))
      .reply(200, listOf(sales))
      .get('/v2/groups')
      .query(byName('Nowhere'))
      .reply(200, listOf());
    expect(
      await run((z: ZObject) =>
        findAllNamed(z, groupCollection, ['Sales Team, Nowhere'], 'Groups', 'split'),
      ),
    ).toEqual([
      { ref: 'Sales Team', record: sales },
      { ref: 'Nowhere', record: null },
    ]);
  });

  it('is the whole value with Never, one request', async () => {
    hopedNorthpass();
    northpass().get('/v2/groups').query(byName('Sales Team, Support')).reply(200, listOf());
    expect(
      await run((z: ZObject) =>
        findAllNamed(z, groupCollection, ['Sales Team, Support'], 'Groups', 'never'),
      ),
    ).toEqual([{ ref: 'Sales Team, Support', record: null }]);
    expect(sentRequests).toHaveLength(1);
  });
});
