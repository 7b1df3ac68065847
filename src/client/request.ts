import type { HttpResponse, ZObject } from 'zapier-platform-core';
import { z as zod } from 'zod';

import { MIN_REQUEST_BUDGET_MS, PAGE_SIZE } from './config.js';
import type { RequestContext } from './context.js';
import { answeredUnreadably, outOfTime, unreachable, unreadable } from './errors.js';
import { knownFacts, learn, pathTemplate } from './learned.js';
import { isNoAnswer, markRetried, nextTry, sleep } from './retry.js';
import { deadlineOf, inSlot } from './step.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface NorthpassCall {
  method?: Method;
  /** A Northpass path such as `/v2/groups`; never a URL Northpass sent. */
  path: string;
  params?: Record<string, string | number>;
  /**
   * Parameters Northpass may not support (`sort`, `include`, an undocumented filter): a 400 that
   * names one is answered by sending the request again without it, and the path stops getting it.
   */
  optional?: readonly string[];
  body?: unknown;
  /** Safe to send twice: a first 5xx, timeout or network failure is retried once. GET: yes. */
  retry?: boolean;
  /** What a 404 means to the person, e.g. `No group has the ID "…".` */
  notFound?: string;
  /** Statuses returned untouched instead of raised, e.g. 404 for a search. */
  expect?: number[];
  authTest?: boolean;
}

/** A 2xx whose body is neither empty nor JSON is not a success this app can vouch for. */
const ensureReadable = (response: HttpResponse): HttpResponse => {
  const answered = response.status >= 200 && response.status < 300;
  if (answered && response.data === undefined && response.content.trim() !== '') {
    throw answeredUnreadably(unreadable('the reply was not JSON'));
  }
  return response;
};

/**
 * Sends one request to Northpass through the app's middleware (key, pacing, timeout, error
 * mapping), applying the retry rules in `nextTry`.
 */
export const northpassRequest = async (z: ZObject, call: NorthpassCall): Promise<HttpResponse> => {
  const deadline = deadlineOf(z);
  const template = pathTemplate(call.path);
  const refused = new Set(
    call.optional?.length ? ((await knownFacts(z)).refusedParams?.[template] ?? []) : [],
  );
  const droppable = (call.optional ?? []).filter((name) => !refused.has(name));
  const learnRefused = (parameters: string[]) =>
    learn(z, (facts) => {
      const known = facts.refusedParams?.[template] ?? [];
      facts.refusedParams = {
        ...facts.refusedParams,
        [template]: [...new Set([...known, ...parameters])],
      };
    });
  let unconfirmed: string[] = [];
  const state = {
    repeatable: call.retry ?? (call.method ?? 'GET') === 'GET',
    retried: false,
    throttled: false,
    deadline,
  };
  for (;;) {
    const params = Object.fromEntries(
      Object.entries(call.params ?? {}).filter(([name]) => !refused.has(name)),
    );
    const context: RequestContext = {
      notFound: call.notFound,
      expect: call.expect,
      retried: state.retried,
      authTest: call.authTest,
      deadline,
    };
    try {
      const response = await inSlot(z, () =>
        z.request({
          method: call.method ?? 'GET',
          url: call.path,
          params,
          body: call.body === undefined ? undefined : JSON.stringify(call.body),
          middlewareData: { ...context },
        }),
      );
      // a 400 that named nothing was about the parameters left out, since it now works
      if (unconfirmed.length > 0) await learnRefused(unconfirmed);
      if (state.retried) markRetried(response);
      return ensureReadable(response);
    } catch (error) {
      const next = nextTry(error, state, droppable);
      if (!next) {
        throw isNoAnswer(error)
          ? unreachable(error.type === 'request-timeout' ? 'timeout' : 'network', state.retried)
          : error;
      }
      if (next.kind === 'drop') {
        for (const parameter of next.parameters) {
          refused.add(parameter);
          droppable.splice(droppable.indexOf(parameter), 1);
        }
        if (next.known) await learnRefused(next.parameters);
        else unconfirmed = next.parameters;
        continue;
      }
      if (Date.now() + next.ms + MIN_REQUEST_BUDGET_MS > deadline) throw outOfTime();
      await sleep(next.ms);
      state.retried = next.retried;
      state.throttled = next.throttled;
    }
  }
};

/** Parses a 2xx body against its schema; anything else is an unreadable reply, never a crash. */
export const parseBody = <S extends zod.ZodType>(
  response: HttpResponse,
  schema: S,
): zod.infer<S> => {
  if (response.data === undefined) {
    throw unreadable(
      response.content.trim() === '' ? 'the reply was empty' : 'the reply was not JSON',
    );
  }
  const parsed = schema.safeParse(response.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the reply';
    throw unreadable(`${where} was not in the expected form`);
  }
  return parsed.data;
};

/** GET of one document, where a 404 is an answer (null), not an error. */
export const findDocument = async <S extends zod.ZodType>(
  z: ZObject,
  path: string,
  schema: S,
): Promise<zod.infer<S> | null> => {
  const response = await northpassRequest(z, { path, expect: [404] });
  return response.status === 404 ? null : parseBody(response, schema);
};

const listEnvelopeSchema = zod.looseObject({
  data: zod.array(zod.unknown()),
  links: zod.looseObject({ next: zod.unknown().optional() }).nullish(),
  included: zod.array(zod.unknown()).nullish(),
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
export const fetchPage = async <S extends zod.ZodType>(
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
export const collectPages = async <S extends zod.ZodType>(
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
