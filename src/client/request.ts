import type { HttpResponse, ZObject } from 'zapier-platform-core';
import * as zod from 'zod/mini';

import { MIN_REQUEST_BUDGET_MS } from './config.js';
import type { RequestContext } from './context.js';
import {
  answeredUnreadably,
  errorFor,
  failureFrom,
  outOfTime,
  unexpectedPage,
  unreachable,
  unreadable,
} from './errors.js';
import { knownFacts, learn, pathTemplate } from './learned.js';
import { isNoAnswer, nextTry, retryTimer } from './retry.js';
import { runOf } from './run.js';
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

/** Whether the body is Northpass's own: empty, or a JSON object (a document or its errors). */
const northpassBody = (response: HttpResponse): boolean =>
  response.content.trim() === '' ||
  (typeof response.data === 'object' && response.data !== null && !Array.isArray(response.data));

/**
 * A 2xx whose body is neither empty nor JSON is not a success this app can vouch for. A read's
 * expected 404 counts as "none" only when the body is Northpass's: a web page (a proxy, a
 * maintenance screen, a misrouted request) is an error, never "no such record".
 */
const ensureReadable = (response: HttpResponse, method: Method): HttpResponse => {
  const answered = response.status >= 200 && response.status < 300;
  if (answered && response.data === undefined && response.content.trim() !== '') {
    throw answeredUnreadably(unreadable('the reply was not JSON'));
  }
  if (method === 'GET' && response.status === 404 && !northpassBody(response)) {
    throw unexpectedPage(response.status);
  }
  return response;
};

/**
 * Sends one request to Northpass through the app's middleware (key, pacing, timeout, error
 * mapping), applying the retry rules in `nextTry`.
 */
export const northpassRequest = async (z: ZObject, call: NorthpassCall): Promise<HttpResponse> => {
  const deadline = deadlineOf(z);
  const run = runOf(z);
  const method = call.method ?? 'GET';
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
    let response: HttpResponse | undefined;
    let noAnswer: (Error & { type?: string }) | undefined;
    // counted when asked for, before any wait for a slot, so a budget sees it at once
    run.sent += 1;
    try {
      response = await inSlot(z, () =>
        z.request({
          method,
          url: call.path,
          params,
          body: call.body === undefined ? undefined : JSON.stringify(call.body),
          // the answer comes back whatever its status: it is decided on here, raised once
          skipThrowForStatus: true,
          middlewareData: { ...context },
        }),
      );
    } catch (error) {
      if (!isNoAnswer(error)) throw error;
      noAnswer = error;
    }
    if (response && (response.status < 300 || call.expect?.includes(response.status))) {
      // a 400 that named nothing was about the parameters left out, since it now works
      if (unconfirmed.length > 0) await learnRefused(unconfirmed);
      return ensureReadable(Object.assign(response, { afterRetry: state.retried }), method);
    }
    const failure = response && failureFrom(response);
    const next = nextTry({ failure, noAnswer: noAnswer !== undefined }, state, droppable);
    if (!next) {
      if (response) throw errorFor(response, context);
      throw unreachable(
        noAnswer?.type === 'request-timeout' ? 'timeout' : 'network',
        state.retried,
      );
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
    await retryTimer.sleep(next.ms);
    state.retried = next.retried;
    state.throttled = next.throttled;
  }
};

/** Parses a 2xx body against its schema; anything else is an unreadable reply, never a crash. */
export const parseBody = <S extends zod.ZodMiniType>(
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
export const findDocument = async <S extends zod.ZodMiniType>(
  z: ZObject,
  path: string,
  schema: S,
): Promise<zod.infer<S> | null> => {
  const response = await northpassRequest(z, { path, expect: [404] });
  return response.status === 404 ? null : parseBody(response, schema);
};
