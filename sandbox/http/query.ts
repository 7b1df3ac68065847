/**
 * List query parameters as Northpass reads them: `filter[attr][predicate]=value` over resource
 * attributes (and `id`), and `sort=name,-created_at`; each behaves as the switches say.
 */
import type { Switches } from '../store/switches.ts';
import { badParameter } from './errors.ts';
import type { Resource } from './resources.ts';

export type Query = Record<string, string | undefined>;

/** A scalar attribute as text, for filtering and sorting; anything else counts as empty. */
export const scalar = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : '';

type Test = (actual: string, wanted: string) => boolean;

const contains =
  (caseSensitive: boolean): Test =>
  (actual, wanted) =>
    caseSensitive ? actual.includes(wanted) : actual.toLowerCase().includes(wanted.toLowerCase());

/** The filter predicates Northpass has under the current switches. */
const predicates = (switches: Switches): Record<string, Test> => {
  const cont = contains(switches.contCaseSensitive);
  return {
    eq: (actual, wanted) => actual === wanted,
    not_eq: (actual, wanted) => actual !== wanted,
    cont,
    not_cont: (actual, wanted) => !cont(actual, wanted),
    ...(switches.inPredicate
      ? { in: (actual: string, wanted: string) => wanted.split(',').includes(actual) }
      : {}),
    ...(switches.caseInsensitivePredicate ? { i_cont: contains(false) } : {}),
  };
};

const FILTER = /^filter\[(\w+)\](?:\[(\w+)\])?$/;

/** The resources every `filter[…]` parameter keeps; no predicate means `cont`. */
export const applyFilters = (
  resources: Resource[],
  query: Query,
  switches: Switches,
): Resource[] => {
  // one connector's authors say list endpoints take only page, limit and q
  if (switches.ignoreFilters) return resources;
  const tests = predicates(switches);
  let result = resources;
  for (const [key, value = ''] of Object.entries(query)) {
    const match = FILTER.exec(key);
    if (!match) continue;
    const [, attribute = '', predicate = 'cont'] = match;
    const caseless =
      attribute === 'email' && predicate === 'eq' && switches.emailCase === 'ignored';
    const test = caseless
      ? (actual: string, wanted: string) => actual.toLowerCase() === wanted.toLowerCase()
      : Object.hasOwn(tests, predicate)
        ? tests[predicate]
        : undefined;
    if (!test) {
      if (switches.unknownFilter === 'ignore') continue;
      throw badParameter(`unsupported filter predicate ${predicate}`, key);
    }
    const read = (resource: Resource) =>
      attribute === 'id' ? resource.id : scalar(resource.attributes[attribute]);
    result = result.filter((resource) => test(read(resource), value));
  }
  return result;
};

/**
 * `sort=name` ascending, `sort=-created_at` descending, comma-separated keys; records without
 * the value last, or first on a descending key when `nullsFirst` (PostgreSQL's default).
 */
export const applySort = (
  resources: Resource[],
  sort: string | undefined,
  nullsFirst = false,
): Resource[] => {
  if (!sort) return resources;
  const keys = sort
    .split(',')
    .map((key) => ({ desc: key.startsWith('-'), name: key.replace(/^-/, '') }));
  const read = (resource: Resource, name: string): unknown =>
    name === 'id' ? resource.id : resource.attributes[name];
  return [...resources].sort((a, b) => {
    for (const { desc, name } of keys) {
      const x = read(a, name);
      const y = read(b, name);
      if (x === y) continue;
      const last = desc && nullsFirst ? -1 : 1;
      if (x === null || x === undefined) return last;
      if (y === null || y === undefined) return -last;
      const order = scalar(x).localeCompare(scalar(y), 'en', { numeric: true });
      if (order !== 0) return desc ? -order : order;
    }
    return 0;
  });
};

/** The fixed order of a list that does not sort: by id. */
export const byId = (resources: Resource[]): Resource[] =>
  [...resources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** A people, groups, courses, memberships or learning-paths list: filtered, then sorted. */
export const listed = (resources: Resource[], query: Query, switches: Switches): Resource[] => {
  const filtered = applyFilters(resources, query, switches);
  return switches.listSort
    ? applySort(filtered, query.sort, switches.sortNullsFirst)
    : byId(filtered);
};

/**
 * How a course or learning-path enrollments list treats `sort` and `include`: each honoured,
 * ignored, or refused with a 400 naming it.
 */
export const enrollmentOptions = (
  query: Query,
  switches: Switches,
): { sort: string | undefined; include: boolean } => {
  for (const [parameter, handling] of [
    ['sort', switches.enrollmentSort],
    ['include', switches.enrollmentInclude],
  ] as const) {
    if (query[parameter] !== undefined && handling === 'reject-400') {
      throw badParameter(`${parameter} is not a supported parameter`, parameter);
    }
  }
  return {
    sort: switches.enrollmentSort === 'honoured' ? query.sort : undefined,
    include: switches.enrollmentInclude === 'honoured' && query.include === 'person',
  };
};
