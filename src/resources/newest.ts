import type { ZObject } from 'zapier-platform-core';
import type * as zod from 'zod/mini';

import { PAGE_SIZE } from '../client/config.js';
import { knownFacts, learn, pathTemplate } from '../client/learned.js';
import { type NorthpassCall } from '../client/request.js';
import { collectPages, fetchPage, type Page } from '../client/pages.js';

/**
 * Requests a poll sends at most for one list when Northpass does not sort it newest first: 20
 * pages of 100 (the first page, and the one-off check of the order, count among them).
 */
export const NEWEST_WALK_PAGES = 20;

export interface Newest<T> {
  /** Newest first, at most the `limit` asked for. */
  items: T[];
  skipped: number;
  included: unknown[];
  /** False when the walk's cap was reached: records past it were not seen. */
  complete: boolean;
}

const time = (value: string | null | undefined): number | undefined => {
  const parsed = Date.parse(value ?? '');
  return Number.isFinite(parsed) ? parsed : undefined;
};

/**
 * Whether a page is in newest-first order, judged from its own dated records; undefined when it
 * cannot tell (fewer than two different dates: records made in the same second prove nothing).
 */
export const inNewestOrder = (dates: (number | undefined)[]): boolean | undefined => {
  const known = dates.filter((date): date is number => date !== undefined);
  if (new Set(known).size < 2) return undefined;
  return known.every((date, index) => index === 0 || date <= (known[index - 1] ?? date));
};

/**
 * Whether Northpass applies `sort` on this path, when a page could not tell: learned once per
 * connection by asking for the same page in the opposite order (1 request). The same records in
 * the same order both ways mean the parameter is ignored.
 */
const sortHonoured = async <S extends zod.ZodMiniType>(
  z: ZObject,
  call: NorthpassCall & { sort: string },
  item: S,
  first: Page<zod.infer<S>>,
  limit: number,
): Promise<{ honoured: boolean; asked: boolean }> => {
  const template = pathTemplate(call.path);
  const known = (await knownFacts(z)).sortHonoured?.[template];
  if (known !== undefined) return { honoured: known, asked: false };
  const reverse = call.sort.startsWith('-') ? call.sort.slice(1) : `-${call.sort}`;
  const other = await fetchPage(
    z,
    {
      ...call,
      params: { ...call.params, limit, sort: reverse },
      optional: [...(call.optional ?? []), 'sort'],
    },
    item,
  );
  const ids = (page: Page<zod.infer<S>>) =>
    JSON.stringify(page.items.map((record: unknown) => idOf(record)));
  const honoured = ids(other) !== ids(first);
  await learn(z, (facts) => {
    facts.sortHonoured = { ...facts.sortHonoured, [template]: honoured };
  });
  return { honoured, asked: true };
};

const idOf = (record: unknown) =>
  typeof record === 'object' && record !== null && 'id' in record ? String(record.id) : '';

const newestFirst = <T>(items: T[], dateOf: (item: T) => string | null | undefined): T[] =>
  [...items].sort(
    (a, b) =>
      (time(dateOf(b)) ?? Number.NEGATIVE_INFINITY) - (time(dateOf(a)) ?? Number.NEGATIVE_INFINITY),
  );

/**
 * The newest records of a list, whether or not Northpass honours `sort`. It asks for them sorted
 * (1 request when it is honoured, judged from the page's own order); when the page is not in
 * order and more pages exist, it walks the list (at most 20 requests in all, paced) and sorts here. A
 * sorted first page that starts with undated records is read on until `limit` dated ones.
 */
export const newestRecords = async <S extends zod.ZodMiniType>(
  z: ZObject,
  call: NorthpassCall & { sort: string },
  item: S,
  { limit, dateOf }: { limit: number; dateOf: (item: zod.infer<S>) => string | null | undefined },
): Promise<Newest<zod.infer<S>>> => {
  const optional = [...(call.optional ?? []), 'sort'];
  const first = await fetchPage(
    z,
    { ...call, params: { ...call.params, limit, sort: call.sort }, optional },
    item,
  );
  const judged = inNewestOrder(first.items.map((record) => time(dateOf(record))));
  const probe =
    judged === undefined && first.hasNext
      ? await sortHonoured(z, call, item, first, limit)
      : undefined;
  const ordered = judged ?? probe?.honoured;
  // sorted, but with the undated records first (PostgreSQL's default for a descending sort):
  // the newest dated ones are on later pages
  const [head] = first.items;
  const undatedFirst = head !== undefined && time(dateOf(head)) === undefined;
  if (!first.hasNext || (ordered === true && !undatedFirst)) {
    return { ...first, items: newestFirst(first.items, dateOf).slice(0, limit), complete: true };
  }
  // not sorted (or cannot tell): read every page up to the cap and sort here; sorted with the
  // undated first: read on until `limit` dated records are in (the rest are older)
  const dated = (items: zod.infer<S>[]) =>
    items.filter((record) => time(dateOf(record)) !== undefined).length >= limit;
  // the requests already sent count against the cap: the first page when it is not the walk's
  // page 1 (a smaller `limit`), and the order probe
  const spent = (limit === PAGE_SIZE ? 0 : 1) + (probe?.asked ? 1 : 0);
  const walk = await collectPages(
    z,
    { ...call, params: { ...call.params, limit: PAGE_SIZE, sort: call.sort }, optional },
    item,
    {
      maxPages: NEWEST_WALK_PAGES - spent,
      from: limit === PAGE_SIZE ? 2 : 1,
      ...(ordered === true ? { enough: dated } : {}),
    },
  );
  const all = limit === PAGE_SIZE ? [...first.items, ...walk.items] : walk.items;
  return {
    items: newestFirst(all, dateOf).slice(0, limit),
    skipped: walk.skipped + (limit === PAGE_SIZE ? first.skipped : 0),
    included: [...(limit === PAGE_SIZE ? first.included : []), ...walk.included],
    complete: walk.complete,
  };
};
