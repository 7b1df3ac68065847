import type { HttpResponse, ZObject } from 'zapier-platform-core';
import type { z as zod } from 'zod';

import { MAX_PAGES, PAGE_SIZE } from './config.js';
import { RetryableFailure, unreachable, unreadable, type RequestContext } from './errors.js';
import { listDocumentSchema } from './jsonapi.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface NorthpassCall {
  method?: Method;
  /** A path from `endpoints`, or an absolute `links.next` URL from Northpass. */
  path: string;
  params?: Record<string, string | number>;
  body?: unknown;
  /** Safe to send twice: a first 5xx, timeout or network failure is retried once. GET: yes. */
  retry?: boolean;
  /** What a 404 means to the person, e.g. `No group has the ID "…".` */
  notFound?: string;
  /** Statuses returned untouched instead of raised, e.g. 404 for a search. */
  expect?: number[];
  authTest?: boolean;
}

/** Pause before the single retry, long enough for a brief Northpass hiccup to pass. */
const RETRY_DELAY_MS = 300;

const isNoAnswer = (error: unknown): error is Error & { type?: string } =>
  error instanceof Error && error.name === 'FetchError';

const send = (z: ZObject, call: NorthpassCall, context: RequestContext): Promise<HttpResponse> =>
  z.request({
    method: call.method ?? 'GET',
    url: call.path,
    params: call.params,
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
    middlewareData: { ...context },
  });

/** A timeout or network failure becomes a readable error; anything else passes through. */
const explainNoAnswer = (error: unknown, retried: boolean): unknown =>
  isNoAnswer(error)
    ? unreachable(error.type === 'request-timeout' ? 'timeout' : 'network', retried)
    : error;

/**
 * Sends one request to Northpass through the app's middleware (key, timeout, error mapping).
 * A repeatable request that meets a 5xx, a timeout or a network failure is sent once more.
 */
export const northpassRequest = async (z: ZObject, call: NorthpassCall): Promise<HttpResponse> => {
  const context: RequestContext = {
    notFound: call.notFound,
    expect: call.expect,
    retry: call.retry ?? (call.method ?? 'GET') === 'GET',
    authTest: call.authTest,
  };
  try {
    return await send(z, call, { ...context, attempt: 1 });
  } catch (error) {
    const transient = error instanceof RetryableFailure || isNoAnswer(error);
    if (!context.retry || !transient) throw explainNoAnswer(error, false);
  }
  await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
  try {
    return await send(z, call, { ...context, attempt: 2 });
  } catch (error) {
    throw explainNoAnswer(error, true);
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

export interface Page<T> {
  items: T[];
  /** Related resources Northpass embedded on request (`include=`), not yet parsed. */
  included?: unknown[];
  /** Absolute URL of the next page, when Northpass says there is one. */
  next?: string;
}

/**
 * Fetches one page of a list endpoint. A 404 counts as an empty list, because several Northpass
 * collections answer 404 instead of `data: []`.
 */
export const fetchPage = async <S extends zod.ZodType>(
  z: ZObject,
  call: NorthpassCall,
  item: S,
): Promise<Page<zod.infer<S>>> => {
  const response = await northpassRequest(z, { ...call, expect: [...(call.expect ?? []), 404] });
  if (response.status === 404) return { items: [] };
  const document = parseBody(response, listDocumentSchema(item));
  const next = document.links?.next ?? undefined;
  return {
    items: document.data,
    ...(document.included ? { included: document.included } : {}),
    ...(next && document.data.length > 0 ? { next } : {}),
  };
};

/**
 * Follows `links.next` exactly as Northpass gives it, at most `maxPages` pages, stopping as soon
 * as `enough` says the items so far answer the question.
 */
export const collectPages = async <S extends zod.ZodType>(
  z: ZObject,
  first: NorthpassCall,
  item: S,
  {
    maxPages = MAX_PAGES,
    enough = () => false,
  }: { maxPages?: number; enough?: (items: zod.infer<S>[]) => boolean } = {},
): Promise<{ items: zod.infer<S>[]; complete: boolean }> => {
  const items: zod.infer<S>[] = [];
  let call: NorthpassCall | undefined = { ...first, params: { limit: PAGE_SIZE, ...first.params } };
  for (let page = 1; call && page <= maxPages; page += 1) {
    const result: Page<zod.infer<S>> = await fetchPage(z, call, item);
    items.push(...result.items);
    if (enough(items)) return { items, complete: true };
    call = result.next ? { ...first, path: result.next, params: undefined } : undefined;
  }
  return { items, complete: call === undefined };
};
