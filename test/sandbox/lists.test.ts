import { describe, expect, it } from '@jest/globals';

import { jsonApiError, useSandbox } from './sandbox-helpers.js';

const sandbox = useSandbox({ switches: { rateLimitPerSecond: 1000 } });
const { call, list, idOf } = sandbox;

const COURSES = [
  'Product Fundamentals',
  'Partner Sales Certification',
  'Advanced Integrations',
  'Legacy Onboarding',
];

const unsupported = (predicate: string, parameter: string) =>
  jsonApiError(400, 'Bad Request', `unsupported filter predicate ${predicate}`, { parameter });

describe('filters', () => {
  it('match cont and not_cont ignoring case by default (ILIKE)', async () => {
    expect((await list('/v2/courses?filter[name][cont]=product')).names).toEqual([
      'Product Fundamentals',
    ]);
    expect((await list('/v2/courses?filter[name][not_cont]=PARTNER')).names).toEqual([
      'Product Fundamentals',
      'Advanced Integrations',
      'Legacy Onboarding',
    ]);
  });

  it('match cont and not_cont case-sensitively with contCaseSensitive (LIKE)', async () => {
    sandbox.switches({ contCaseSensitive: true });
    expect((await list('/v2/courses?filter[name][cont]=product')).names).toEqual([]);
    expect((await list('/v2/courses?filter[name][cont]=Product')).names).toEqual([
      'Product Fundamentals',
    ]);
    expect((await list('/v2/courses?filter[name][not_cont]=PARTNER')).names).toEqual(COURSES);
  });

  it('read a filter without a predicate as cont', async () => {
    expect((await list('/v2/courses?filter[name]=fundamentals')).names).toEqual([
      'Product Fundamentals',
    ]);
    sandbox.switches({ contCaseSensitive: true });
    expect((await list('/v2/courses?filter[name]=fundamentals')).names).toEqual([]);
  });

  it('match eq and not_eq exactly', async () => {
    expect((await list('/v2/courses?filter[name][eq]=product fundamentals')).names).toEqual([]);
    expect((await list('/v2/courses?filter[name][eq]=Product%20Fundamentals')).names).toEqual([
      'Product Fundamentals',
    ]);
    expect((await list('/v2/courses?filter[status][not_eq]=published')).names).toEqual([
      'Advanced Integrations',
      'Legacy Onboarding',
    ]);
  });

  it('say and filter published courses with the courseStatusWord, archived ones as archivedStatus says', async () => {
    const statuses = async () =>
      (await list('/v2/courses?sort=name')).data.map((item) => [
        item.attributes.name,
        item.attributes.status,
      ]);
    expect(await statuses()).toEqual([
      ['Advanced Integrations', 'draft'],
      ['Legacy Onboarding', 'archived'],
      ['Partner Sales Certification', 'published'],
      ['Product Fundamentals', 'published'],
    ]);
    sandbox.switches({ courseStatusWord: 'live', archivedStatus: false });
    expect(await statuses()).toEqual([
      ['Advanced Integrations', 'draft'],
      ['Legacy Onboarding', 'draft'],
      ['Partner Sales Certification', 'live'],
      ['Product Fundamentals', 'live'],
    ]);
    expect((await list('/v2/courses?filter[status][eq]=published')).names).toEqual([]);
    expect((await list('/v2/courses?filter[status][eq]=live&sort=name')).names).toEqual([
      'Partner Sales Certification',
      'Product Fundamentals',
    ]);
    const fundamentals = await call(`/v2/courses/${idOf('courses', 'Product Fundamentals')}`);
    expect(fundamentals.body).toMatchObject({ data: { attributes: { status: 'live' } } });
  });

  it('refuse i_cont with a 400 by default, and take it with caseInsensitivePredicate', async () => {
    expect(await call('/v2/courses?filter[name][i_cont]=product')).toMatchObject({
      status: 400,
      body: unsupported('i_cont', 'filter[name][i_cont]'),
    });
    sandbox.switches({ caseInsensitivePredicate: true, contCaseSensitive: true });
    expect((await list('/v2/courses?filter[name][i_cont]=product')).names).toEqual([
      'Product Fundamentals',
    ]);
  });

  it('take in with a comma list by default, and refuse it with inPredicate off', async () => {
    const ids = [idOf('courses', 'Legacy Onboarding'), idOf('courses', 'Product Fundamentals')];
    expect((await list(`/v2/courses?filter[id][in]=${ids.join(',')}`)).names).toEqual([
      'Product Fundamentals',
      'Legacy Onboarding',
    ]);
    sandbox.switches({ inPredicate: false });
    expect(await call(`/v2/courses?filter[id][in]=${ids.join(',')}`)).toMatchObject({
      status: 400,
      body: unsupported('in', 'filter[id][in]'),
    });
  });

  it('ignore unknown predicates with unknownFilter ignore (the list comes back unfiltered)', async () => {
    expect(await call('/v2/courses?filter[name][starts_with]=P')).toMatchObject({
      status: 400,
      body: unsupported('starts_with', 'filter[name][starts_with]'),
    });
    sandbox.switches({ unknownFilter: 'ignore', inPredicate: false });
    expect((await list('/v2/courses?filter[name][starts_with]=P')).names).toEqual(COURSES);
    expect((await list('/v2/courses?filter[name][i_cont]=product')).names).toEqual(COURSES);
    expect((await list('/v2/courses?filter[id][in]=nothing')).names).toEqual(COURSES);
    // a known predicate next to an ignored one still applies
    expect(
      (await list('/v2/courses?filter[name][i_cont]=x&filter[status][eq]=draft')).names,
    ).toEqual(['Advanced Integrations']);
  });
});

describe('sort', () => {
  it('is honoured on lists by default, ascending, descending and on several keys', async () => {
    expect((await list('/v2/courses?sort=name')).names).toEqual([
      'Advanced Integrations',
      'Legacy Onboarding',
      'Partner Sales Certification',
      'Product Fundamentals',
    ]);
    expect((await list('/v2/courses?sort=-created_at')).names).toEqual([
      'Advanced Integrations',
      'Partner Sales Certification',
      'Product Fundamentals',
      'Legacy Onboarding',
    ]);
    expect((await list('/v2/courses?sort=status,-name')).names).toEqual([
      'Legacy Onboarding',
      'Advanced Integrations',
      'Product Fundamentals',
      'Partner Sales Certification',
    ]);
    expect((await list('/v2/learning-paths?sort=-name')).names).toEqual([
      'Technical Partner Path',
      'Partner Certification Path',
    ]);
  });

  it('is ignored with listSort off: every list comes in id order, without an error', async () => {
    sandbox.switches({ listSort: false });
    const { store } = sandbox.current();
    for (const name of ['Zeta', 'Alpha', 'Mu']) store.createGroup(name);
    for (const email of ['b@example.com', 'a@example.com']) store.createPerson({ email });
    const group = idOf('groups', 'Existing Customers');
    store.addMembers(group, [...store.people.keys()]);
    const sortedIds = (ids: Iterable<string>) => [...ids].sort();
    for (const [path, ids] of [
      ['/v2/courses?sort=name', store.courses.keys()],
      ['/v2/groups?sort=-name', store.groups.keys()],
      ['/v2/people?sort=email', store.people.keys()],
      ['/v2/learning-paths?sort=name', store.learningPaths.keys()],
      [
        `/v2/groups/${group}/memberships?sort=-created_at`,
        [...store.people.keys()].map((person) => `${group}:${person}`),
      ],
    ] as const) {
      expect((await list(path)).data.map((item) => item.id)).toEqual(sortedIds(ids));
    }
  });
});

describe('pages and links', () => {
  const addGroups = (count: number) => {
    for (let index = 1; index <= count; index += 1) {
      sandbox.current().store.createGroup(`Group ${String(index).padStart(3, '0')}`);
    }
  };

  it('keep limit, sort and filters in links by default; page 1 has no page parameter', async () => {
    const base = `${sandbox.url()}/v2/courses`;
    const second = await list('/v2/courses?limit=1&sort=name&page=2&filter[status][cont]=e');
    expect(second.names).toEqual(['Partner Sales Certification']);
    expect(second.links).toEqual({
      self: `${base}?limit=1&sort=name&page=2&filter%5Bstatus%5D%5Bcont%5D=e`,
      prev: `${base}?limit=1&sort=name&filter%5Bstatus%5D%5Bcont%5D=e`,
      next: `${base}?limit=1&sort=name&page=3&filter%5Bstatus%5D%5Bcont%5D=e`,
    });
  });

  it('answer a page past the end with 200 and no data', async () => {
    const base = `${sandbox.url()}/v2/courses`;
    expect(await list('/v2/courses?limit=2&page=5')).toEqual({
      data: [],
      names: [],
      links: { self: `${base}?limit=2&page=5`, prev: `${base}?limit=2&page=4` },
    });
  });

  it('drop limit from every link with nextLinkKeepsLimit off, so next pages differ in size', async () => {
    sandbox.switches({ nextLinkKeepsLimit: false });
    addGroups(30);
    const base = `${sandbox.url()}/v2/groups`;
    const first = await list('/v2/groups?limit=10&sort=name');
    expect(first.data).toHaveLength(10);
    expect(first.links).toEqual({ self: `${base}?sort=name`, next: `${base}?sort=name&page=2` });
    // following next verbatim asks for the default page size: items 26 to 31, not 11 to 20
    const followed = await list(first.links.next?.replace(sandbox.url(), '') ?? '');
    expect(followed.names).toEqual([
      'Group 025',
      'Group 026',
      'Group 027',
      'Group 028',
      'Group 029',
      'Group 030',
    ]);
    expect(followed.links).toEqual({ self: `${base}?sort=name&page=2`, prev: `${base}?sort=name` });
  });

  it('use 25 by default and at most 100 a page', async () => {
    addGroups(120);
    expect((await list('/v2/groups')).data).toHaveLength(25);
    expect((await list('/v2/groups?limit=500')).data).toHaveLength(100);
  });

  it('ignore limit with pageSizeOverride', async () => {
    sandbox.switches({ pageSizeOverride: 150 });
    addGroups(160);
    const first = await list('/v2/groups?limit=10');
    expect(first.data).toHaveLength(150);
    expect(first.links.next).toBe(`${sandbox.url()}/v2/groups?limit=10&page=2`);
    const second = await list('/v2/groups?limit=10&page=2');
    expect(second.data).toHaveLength(11);
    expect(second.links.next).toBeUndefined();
    sandbox.switches({ pageSizeOverride: 2 });
    expect((await list('/v2/courses?limit=100')).data).toHaveLength(2);
  });

  it('refuse a page or limit that is not a positive integer with a 400', async () => {
    for (const [query, parameter] of [
      ['limit=abc', 'limit'],
      ['limit=0', 'limit'],
      ['page=-1', 'page'],
    ] as const) {
      expect(await call(`/v2/people?${query}`)).toMatchObject({
        status: 400,
        body: jsonApiError(400, 'Bad Request', `${parameter} must be a positive integer`, {
          parameter,
        }),
      });
    }
    expect(await call('/v2/groups?filter[name]=a&filter[name]=b')).toMatchObject({
      status: 400,
      body: jsonApiError(400, 'Bad Request', 'filter[name] must be a string', {
        parameter: 'filter[name]',
      }),
    });
  });
});

describe('relationship data', () => {
  const related = (kind: string, id: string) => ({
    links: {
      related: `${sandbox.url()}/v2/${kind}/${id}/${kind === 'people' ? 'groups' : 'courses'}`,
    },
  });

  it('is in lists, single reads and create answers by default', async () => {
    const grace = idOf('people', 'grace@example.com');
    const customers = idOf('groups', 'Existing Customers');
    const membership = { data: [{ type: 'groups', id: customers }], ...related('people', grace) };
    expect((await list('/v2/people')).data[0]?.relationships).toEqual({ groups: membership });
    expect(await call(`/v2/people/${grace}`)).toMatchObject({
      status: 200,
      body: { data: { relationships: { groups: membership } } },
    });
    const fundamentals = idOf('courses', 'Product Fundamentals');
    expect((await list('/v2/groups')).data[0]?.relationships).toEqual({
      courses: { data: [{ type: 'courses', id: fundamentals }], ...related('groups', customers) },
    });
  });

  it('is left out of lists only with listRelationshipData off', async () => {
    sandbox.switches({ listRelationshipData: false });
    const grace = idOf('people', 'grace@example.com');
    const customers = idOf('groups', 'Existing Customers');
    expect((await list('/v2/people')).data[0]?.relationships).toEqual({
      groups: related('people', grace),
    });
    expect((await list('/v2/groups')).data[0]?.relationships).toEqual({
      courses: related('groups', customers),
    });
    const single = (await call(`/v2/people/${grace}`)).body;
    expect(single).toMatchObject({
      data: { relationships: { groups: { data: [{ type: 'groups', id: customers }] } } },
    });
  });

  it('is left out of single reads and create answers only with relationshipData off', async () => {
    sandbox.switches({ relationshipData: false });
    const grace = idOf('people', 'grace@example.com');
    const customers = idOf('groups', 'Existing Customers');
    expect((await call(`/v2/people/${grace}`)).body).toMatchObject({
      data: { relationships: { groups: related('people', grace) } },
    });
    expect((await call(`/v2/groups/${customers}`)).body).toMatchObject({
      data: { relationships: { courses: related('groups', customers) } },
    });
    const created = await call('/v2/groups', {
      method: 'POST',
      body: { data: { type: 'groups', attributes: { name: 'Globex' } } },
    });
    const globex = idOf('groups', 'Globex');
    expect(created).toMatchObject({
      status: 201,
      body: { data: { relationships: { courses: related('groups', globex) } } },
    });
    expect((await list('/v2/people')).data[0]?.relationships).toEqual({
      groups: { data: [{ type: 'groups', id: customers }], ...related('people', grace) },
    });
  });
});
