import type { ZObject } from 'zapier-platform-core';
import * as zod from 'zod/mini';

import { PAGE_SIZE } from './config.js';
import { northpassRequest, parseBody, type NorthpassCall } from './request.js';

/** Reading Northpass's lists: one page at a time, or a bounded walk of pages. */

const listEnvelopeSchema = zod.looseObject({
  data: zod.array(zod.unknown()),
  links: zod.nullish(zod.looseObject({ next: zod.optional(zod.unknown()) })),
  included: zod.nullish(zod.array(zod.unknown())),
});

export interface Page<T> {
  items: T[];
  /** Records Northpass listed that this app could not read; they are left out of `items`. */
  skipped: number;
  /** Related resources Northpass embedded on request (`include=`), not yet parsed. */
  included: unknown[];
  /** Northpass says there is a next page (its link is never followed: pages are built here). */
  hasNext: boolean;
  /** The answer's status: 200, or an expected refusal (a 404 for "none", a 400 asked for). */
  status: number;
}

/**
 * Fetches one page of a list endpoint, reading each record on its own: a record this app cannot
 * read is skipped and counted, never fatal. A 404 counts as an empty list, because several
 * Northpass collections answer 404 instead of `data: []`.
 */
export const fetchPage = async <S extends zod.ZodMiniType>(
  z: ZObject,
  call: NorthpassCall,
  item: S,
): Promise<Page<zod.infer<S>>> => {
  const response = await northpassRequest(z, { ...call, expect: [...(call.expect ?? []), 404] });
  // an expected refusal (a 404 for "none", or a 400 the caller asked for) lists nothing
  if (response.status >= 400) {
    return { items: [], skipped: 0, included: [], hasNext: false, status: response.status };
  }
  const document = parseBody(response, listEnvelopeSchema);
  const items: zod.infer<S>[] = [];
  for (const entry of document.data) {
    const parsed = item.safeParse(entry);
    if (parsed.success) items.push(parsed.data);
  }
  return {
    items,
    skipped: document.data.length - items.length,
    included: document.included ?? [],
    hasNext: Boolean(document.links?.next) && document.data.length > 0,
    status: response.status,
  };
};

export interface Collected<T> {
  items: T[];
  skipped: number;
  included: unknown[];
  /** False when the page cap stopped the walk before Northpass ran out of pages. */
  complete: boolean;
  /** Requests spent. */
  pages: number;
}

/**
 * Reads pages 1, 2, 3… of a list (page numbers and `limit` built here, the same on every page),
 * at most `maxPages`, stopping early once `enough` says the items answer the question. A walk the
 * cap cut short says so (`complete: false`), and its caller must handle that.
 */
export const collectPages = async <S extends zod.ZodMiniType>(
  z: ZObject,
  first: NorthpassCall,
  item: S,
  {
    maxPages,
    from = 1,
    enough = () => false,
  }: {
    maxPages: number;
    /** The page to start at (page 1 may have been read already). */
    from?: number;
    enough?: (items: zod.infer<S>[]) => boolean;
  },
): Promise<Collected<zod.infer<S>>> => {
  const collected: Collected<zod.infer<S>> = {
    items: [],
    skipped: 0,
    included: [],
    complete: false,
    pages: 0,
  };
  const params = { limit: PAGE_SIZE, ...first.params };
  for (let page = from; page <= maxPages; page += 1) {
    const result = await fetchPage(
      z,
      { ...first, params: page > 1 ? { ...params, page } : params },
      item,
    );
    collected.pages += 1;
    collected.items.push(...result.items);
    collected.skipped += result.skipped;
    collected.included.push(...result.included);
    if (!result.hasNext || enough(collected.items)) {
      collected.complete = true;
      return collected;
    }
  }
  return collected;
};
