import type { ZObject } from 'zapier-platform-core';

import { behaviour } from '../../client/behaviour.js';
import { knownFacts, learn } from '../../client/learned.js';
import { collectPages, fetchPage, type Collected, type Page } from '../../client/pages.js';
import { oncePerRun } from '../../client/run.js';
import {
  allContain,
  flipCase,
  learnSearch,
  listCall,
  NAME_WALK_PAGES,
  type NamedCollection,
  type NamedRecord,
  type NameSearch,
} from './names.js';

/**
 * What a name lookup reads of a whole list (its first page, every page up to the cap), and how
 * it learns which name search finds every letter case. Each is read once per run.
 */

/** One question to Northpass per run and collection, however many names wait for the answer. */
const perRun =
  <V>(kind: string) =>
  (z: ZObject, key: string, start: () => Promise<V>): Promise<V> =>
    oncePerRun(z, `${kind}:${key}`, start);
export const detections = perRun<NameSearch>('detection');
const walks = perRun<Collected<NamedRecord>>('walk');
const firstPages = perRun<Page<NamedRecord>>('first-page');

/** A name no record has: a filter that lists anything for it was ignored. */
const NO_SUCH_NAME = 'zq-no-such-name-7f3a';

/**
 * Asks Northpass, once per connection, how to find every letter-case variant of a name: with
 * `cont` (if it ignores case), with `i_cont` (if Northpass has it), or only by walking the list.
 * The test is a name from the first page with its letter case flipped, and a name no record has
 * (a filter that lists records for it was ignored): 2 to 4 requests.
 */
export const detectNameSearch = async <T extends NamedRecord>(
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
export const firstPage = <T extends NamedRecord>(
  z: ZObject,
  kind: NamedCollection<T>,
  fresh = false,
): Promise<Page<T>> => {
  const read = () => fetchPage(z, listCall(kind), kind.schema);
  return (fresh ? read() : firstPages(z, kind.path, read)) as Promise<Page<T>>;
};

/**
 * The list's first page (once per run; `fresh`: now), remembering per connection whether it is
 * the whole list: a school that has more skips `onePageList`, one that grows is noticed here.
 */
export const firstPageLearned = async <T extends NamedRecord>(
  z: ZObject,
  kind: NamedCollection<T>,
  fresh = false,
): Promise<Page<T>> => {
  const page = await firstPage(z, kind, fresh);
  if ((await knownFacts(z)).onePage?.[kind.path] !== !page.hasNext) {
    await learn(z, (facts) => {
      facts.onePage = { ...facts.onePage, [kind.path]: !page.hasNext };
    });
  }
  return page;
};

/** The whole list when it fits in one page (1 request a run), else undefined. */
export const onePageList = async <T extends NamedRecord>(
  z: ZObject,
  kind: NamedCollection<T>,
  fresh = false,
): Promise<T[] | undefined> => {
  if ((await knownFacts(z)).onePage?.[kind.path] === false) return undefined;
  const page = await firstPageLearned(z, kind, fresh);
  return page.hasNext ? undefined : page.items;
};

/** The whole list (up to the walk cap), read once per run (`fresh`: read again now). */
export const walkList = <T extends NamedRecord>(
  z: ZObject,
  kind: NamedCollection<T>,
  fresh = false,
): Promise<Collected<T>> => {
  const read = async (): Promise<Collected<NamedRecord>> => {
    const first = await firstPageLearned(z, kind, fresh);
    if (!first.hasNext) return { ...first, complete: true, pages: 1 };
    const rest = await collectPages(z, listCall(kind), kind.schema, {
      maxPages: NAME_WALK_PAGES,
      from: 2,
    });
    return { ...rest, items: [...first.items, ...rest.items], pages: rest.pages + 1 };
  };
  return (fresh ? read() : walks(z, kind.path, read)) as Promise<Collected<T>>;
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
