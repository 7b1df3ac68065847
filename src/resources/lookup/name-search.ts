import type { ZObject } from 'zapier-platform-core';

import { knownFacts } from '../../client/learned.js';
import { collectPages } from '../../client/pages.js';
import { appError } from '../../lib/errors.js';
import { quote } from '../../lib/inputs.js';
import { detections, detectNameSearch, firstPage, walkList } from './name-lists.js';
import {
  allContain,
  learnSearch,
  listCall,
  NAME_SEARCH_PAGES,
  sameName,
  type NamedCollection,
  type NamedRecord,
} from './names.js';
import { behaviour } from '../../client/behaviour.js';

/** Raised when the school has too many records to be sure no other one has the name. */
const tooManyToSearch = (kind: NamedCollection<NamedRecord>, name: string): Error =>
  appError(
    `Northpass has too many ${kind.plural} to check every spelling of ${quote(name)} (its name search tells letter case apart). Type the name exactly as in Northpass, or map the ${kind.noun} ID.`,
    'name_search_incomplete',
    400,
  );

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
