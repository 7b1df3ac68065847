import type { ZObject } from 'zapier-platform-core';

import { knownFacts } from '../../client/learned.js';
import { collectPages } from '../../client/pages.js';
import { appError } from '../../lib/errors.js';
import { quote } from '../../lib/inputs.js';
import {
  detections,
  detectNameSearch,
  firstPageLearned,
  onePageList,
  walkList,
} from './name-lists.js';
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

const searchByName = <T extends NamedRecord>(
  z: ZObject,
  kind: NamedCollection<T>,
  name: string,
  predicate: 'cont' | 'i_cont',
) =>
  collectPages(z, listCall(kind, behaviour.nameFilter(name, predicate)), kind.schema, {
    maxPages: NAME_SEARCH_PAGES,
    // a record without the name shows Northpass ignored the filter: no use reading on
    enough: (items) => !allContain(items, name),
  });

/**
 * The records named `name` under the one name rule, whatever Northpass's name search does with
 * letter case. With `all`, every variant (to find twins); otherwise an exact match settles it.
 * With `fresh`, nothing this run read before is reused (a parallel run may have just created
 * the name). A school whose list fits in one page (learned per connection): that page, once per
 * run, which also finds names stored with other spacing ("Sales  Team"). Otherwise the name is
 * searched as typed; Northpass behaving as hoped: 1 request. Worst case, once per connection: a
 * search of up to 3 pages, the list's first page, 4 probes and 9 more pages of the list. Once
 * learned: up to 3 pages of search (`cont` or `i_cont`), or a walk of at most 10 pages when no
 * filter ignores case.
 */
export const recordsNamed = async <T extends NamedRecord>(
  z: ZObject,
  kind: NamedCollection<T>,
  name: string,
  { all = false, fresh = false }: { all?: boolean; fresh?: boolean } = {},
): Promise<T[]> => {
  name = name.trim().replace(/\s+/g, ' ');
  const facts = await knownFacts(z);
  if (facts.onePage?.[kind.path]) {
    const whole = await onePageList(z, kind, fresh);
    if (whole) return sameName(whole, name);
  }
  const known = facts.nameSearch?.[kind.path];
  if (known === 'walk') return namedInWalk(z, kind, name, fresh);
  // by the whole name: 1 request for a name typed as stored, however many records share its words
  const found = await searchByName(z, kind, name, known === 'i_cont' ? 'i_cont' : 'cont');
  if (!allContain(found.items, name)) {
    // Northpass ignored the filter and listed everything: only a walk can answer
    await learnSearch(z, kind, 'walk');
    return namedInWalk(z, kind, name, fresh);
  }
  const matches = sameName(found.items, name);
  if (!found.complete && matches.length === 0) throw tooManyToSearch(kind, name);
  if (known || (!all && matches.some((item) => item.attributes.name === name))) return matches;
  if (found.items.some((item) => !item.attributes.name.includes(name))) {
    // a result differing in letter case: the search ignores case, so nothing was missed
    await learnSearch(z, kind, 'cont');
    return matches;
  }
  const first = await firstPageLearned(z, kind, fresh);
  if (!first.hasNext) return sameName(first.items, name);
  const search = await detections(z, kind.path, () => detectNameSearch(z, kind, first.items));
  if (search === 'cont') return matches;
  if (search === 'walk') return namedInWalk(z, kind, name, fresh);
  return sameName((await searchByName(z, kind, name, 'i_cont')).items, name);
};
