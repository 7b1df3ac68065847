import type { ZObject } from 'zapier-platform-core';
import type { z as zod } from 'zod';

import { behaviour } from '../client/behaviour.js';
import { learn, knownFacts } from '../client/learned.js';
import { collectPages, fetchPage, type Collected, type Page } from '../client/request.js';
import { PAGE_SIZE } from '../client/config.js';
import { appError } from '../lib/errors.js';
import { quote } from '../lib/inputs.js';

/** A Northpass record people refer to by name: a group, a course, a learning path. */
export interface NamedRecord {
  id: string;
  attributes: { name: string; created_at?: string | null };
}

/** One kind of named record: how to read it by ID and where its list lives. */
export interface NamedCollection<T extends NamedRecord> {
  noun: 'group' | 'course' | 'learning path';
  plural: 'groups' | 'courses' | 'learning paths';
  /** The list endpoint, e.g. `/v2/groups`. */
  path: string;
  schema: zod.ZodType<T>;
  /** The record with this ID, or null when there is none. */
  findById: (z: ZObject, id: string) => Promise<T | null>;
}

/**
 * The one name rule: outer spaces trimmed, inner runs of spaces collapsed, letter case ignored.
 * Two names are the same name when their keys are equal.
 */
export const nameKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** Pages of a name search read at most (records whose name contains the name). */
export const NAME_SEARCH_PAGES = 3;
/** Pages of a whole list walked at most when no search ignores letter case: 1,000 records. */
export const NAME_WALK_PAGES = 10;

/** Every record with the same name as `name` (the one name rule). */
export const sameName = <T extends NamedRecord>(items: T[], name: string): T[] => {
  const key = nameKey(name);
  return uniqueById(items.filter((item) => nameKey(item.attributes.name) === key));
};

/** One record per ID, in the order the IDs were first seen. */
export const uniqueById = <T extends { id: string }>(items: T[]): T[] => [
  ...new Map(items.map((item) => [item.id, item])).values(),
];

/** Raised when the school has too many records to be sure no other one has the name. */
const tooManyToSearch = (kind: NamedCollection<NamedRecord>, name: string): Error =>
  appError(
    `Northpass has too many ${kind.plural} to check every spelling of ${quote(name)} (its name search tells letter case apart). Type the name exactly as in Northpass, or map the ${kind.noun} ID.`,
    'name_search_incomplete',
    400,
  );

export type NameSearch = 'cont' | 'i_cont' | 'walk';

const flipCase = (text: string): string =>
  text.replace(/\p{L}/gu, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()));

/** Every record's name contains `text` ignoring case: the filter was applied, not ignored. */
const allContain = (items: NamedRecord[], text: string): boolean =>
  items.every((item) => item.attributes.name.toLowerCase().includes(text.toLowerCase()));

const listCall = (
  kind: NamedCollection<NamedRecord>,
  params: Record<string, string | number> = {},
) => ({
  path: kind.path,
  params: { limit: PAGE_SIZE, ...params, ...behaviour.byName },
  optional: ['sort'],
});

const learnSearch = (z: ZObject, kind: NamedCollection<NamedRecord>, search: NameSearch) =>
  learn(z, (facts) => {
    facts.nameSearch = { ...facts.nameSearch, [kind.path]: search };
  });

/** One question to Northpass per run and collection, however many names wait for the answer. */
const perRun = <V>() => {
  const runs = new WeakMap<ZObject, Map<string, Promise<V>>>();
  return (z: ZObject, key: string, start: () => Promise<V>): Promise<V> => {
    const started = runs.get(z) ?? new Map<string, Promise<V>>();
    runs.set(z, started);
    const promise = started.get(key) ?? start();
    started.set(key, promise);
    return promise;
  };
};
const detections = perRun<NameSearch>();
const walks = perRun<Collected<NamedRecord>>();
const firstPages = perRun<Page<NamedRecord>>();

/** A name no record has: a filter that lists anything for it was ignored. */
const NO_SUCH_NAME = 'zq-no-such-name-7f3a';

/**
 * Asks Northpass, once per connection, how to find every letter-case variant of a name: with
 * `cont` (if it ignores case), with `i_cont` (if Northpass has it), or only by walking the list.
 * The test is a name from the first page with its letter case flipped, and a name no record has
 * (a filter that lists records for it was ignored): 2 to 4 requests.
 */
const detectNameSearch = async <T extends NamedRecord>(
  z: ZObject,
  kind: NamedCollection<T>,
  firstPage: T[],
): Promise<NameSearch> => {
  const probe = firstPage.find((item) => flipCase(item.attributes.name) !== item.attributes.name);
  if (!probe) return 'walk';
  const flipped = flipCase(probe.attributes.name);
  const search = async (name: string, predicate: 'cont' | 'i_cont') =>
    (
      await fetchPage(
        z,
        { ...listCall(kind, behaviour.nameFilter(name, predicate)), expect: [400] },
        kind.schema,
      )
    ).items;
  const works = async (predicate: 'cont' | 'i_cont') => {
    const found = await search(flipped, predicate);
    if (!found.some((item) => item.id === probe.id) || !allContain(found, flipped)) return false;
    return (await search(NO_SUCH_NAME, predicate)).length === 0;
  };
  const answer: NameSearch = (await works('cont'))
    ? 'cont'
    : (await works('i_cont'))
      ? 'i_cont'
      : 'walk';
  await learnSearch(z, kind, answer);
  return answer;
};

/** The list's first page, sorted by name: read once per run (`fresh`: read again now). */
const firstPage = <T extends NamedRecord>(
  z: ZObject,
  kind: NamedCollection<T>,
  fresh = false,
): Promise<Page<T>> => {
  const read = () => fetchPage(z, listCall(kind), kind.schema);
  return (fresh ? read() : firstPages(z, kind.path, read)) as Promise<Page<T>>;
};

/** The whole list (up to the walk cap), read once per run (`fresh`: read again now). */
const walkList = <T extends NamedRecord>(
  z: ZObject,
  kind: NamedCollection<T>,
  fresh = false,
): Promise<Collected<T>> => {
  const read = async (): Promise<Collected<NamedRecord>> => {
    const first = await firstPage(z, kind, fresh);
    if (!first.hasNext) return { ...first, complete: true, pages: 1 };
    const rest = await collectPages(z, listCall(kind), kind.schema, {
      maxPages: NAME_WALK_PAGES,
      from: 2,
    });
    return { ...rest, items: [...first.items, ...rest.items], pages: rest.pages + 1 };
  };
  return (fresh ? read() : walks(z, kind.path, read)) as Promise<Collected<T>>;
};

/** Every record with this name, from the walk; an incomplete walk that found none cannot say. */
const namedInWalk = async <T extends NamedRecord>(
  z: ZObject,
  kind: NamedCollection<T>,
  name: string,
  fresh: boolean,
): Promise<T[]> => {
  const walk = await walkList(z, kind, fresh);
  const matches = sameName(walk.items, name);
  if (matches.length === 0 && !walk.complete) throw tooManyToSearch(kind, name);
  return matches;
};

/**
 * What a name is searched by: its longest word, so that a record whose stored name has other
 * spacing ("Sales  Team") is among the results too; the one name rule then picks the matches.
 */
export const searchTerm = (name: string): string =>
  name.split(' ').reduce((longest, word) => (word.length > longest.length ? word : longest), '');

const searchByName = <T extends NamedRecord>(
  z: ZObject,
  kind: NamedCollection<T>,
  term: string,
  predicate: 'cont' | 'i_cont',
) =>
  collectPages(z, listCall(kind, behaviour.nameFilter(term, predicate)), kind.schema, {
    maxPages: NAME_SEARCH_PAGES,
    // a record without the term shows Northpass ignored the filter: no use reading on
    enough: (items) => !allContain(items, term),
  });

/** A search by the name's longest word; by the whole name when that word is too common. */
const searchFor = async <T extends NamedRecord>(
  z: ZObject,
  kind: NamedCollection<T>,
  name: string,
  predicate: 'cont' | 'i_cont',
) => {
  const word = searchTerm(name);
  const found = await searchByName(z, kind, word, predicate);
  if (found.complete || word === name || sameName(found.items, name).length > 0) {
    return { term: word, found };
  }
  return { term: name, found: await searchByName(z, kind, name, predicate) };
};

/**
 * The records named `name` under the one name rule, whatever Northpass's name search does with
 * letter case. With `all`, every variant (to find twins); otherwise an exact match settles it.
 * With `fresh`, nothing this run read before is reused (a parallel run may have just created
 * the name). Northpass behaving as hoped: 1 request. Worst case, once per connection: a search
 * of up to 3 pages (and, when its word is that common, up to 3 more for the whole name), the
 * list's first page, 4 probes and 9 more pages of the list. Once learned: up to 3 pages of search
 * (`cont` or `i_cont`), or a walk of at most 10 pages when no filter ignores case.
 */
export const recordsNamed = async <T extends NamedRecord>(
  z: ZObject,
  kind: NamedCollection<T>,
  name: string,
  { all = false, fresh = false }: { all?: boolean; fresh?: boolean } = {},
): Promise<T[]> => {
  name = name.trim().replace(/\s+/g, ' ');
  const known = (await knownFacts(z)).nameSearch?.[kind.path];
  if (known === 'walk') return namedInWalk(z, kind, name, fresh);
  const { term, found } = await searchFor(z, kind, name, known === 'i_cont' ? 'i_cont' : 'cont');
  if (!allContain(found.items, term)) {
    // Northpass ignored the filter and listed everything: only a walk can answer
    await learnSearch(z, kind, 'walk');
    return namedInWalk(z, kind, name, fresh);
  }
  const matches = sameName(found.items, name);
  if (!found.complete && matches.length === 0) throw tooManyToSearch(kind, name);
  if (known || (!all && matches.some((item) => item.attributes.name === name))) return matches;
  if (found.items.some((item) => !item.attributes.name.includes(term))) {
    // a result differing in letter case: the search ignores case, so nothing was missed
    await learnSearch(z, kind, 'cont');
    return matches;
  }
  const first = await firstPage(z, kind, fresh);
  if (!first.hasNext) return sameName(first.items, name);
  const search = await detections(z, kind.path, () => detectNameSearch(z, kind, first.items));
  if (search === 'cont') return matches;
  if (search === 'walk') return namedInWalk(z, kind, name, fresh);
  return sameName((await searchFor(z, kind, name, 'i_cont')).found.items, name);
};

/**
 * How this Northpass finds every letter case of a name, asked with a record of the list's first
 * page (and remembered like any other finding); undefined when the list is empty.
 */
export const learnNameSearch = async <T extends NamedRecord>(
  z: ZObject,
  kind: NamedCollection<T>,
): Promise<NameSearch | undefined> => {
  const first = await firstPage(z, kind);
  if (first.items.length === 0) return undefined;
  return detections(z, kind.path, () => detectNameSearch(z, kind, first.items));
};
