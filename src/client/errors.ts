import zapier from 'zapier-platform-core';
import type { HttpResponse } from 'zapier-platform-core';

import { MAX_MESSAGE_LENGTH, appError, throttled } from '../lib/errors.js';
import { baseUrl, DEFAULT_BASE_URL } from './config.js';
import { contextOf, type RequestContext } from './context.js';
import { firstError, northpassReason } from './reason.js';

export const CONNECT_HELP =
  'Reconnect Northpass in Zapier with a current key from Northpass admin: Apps > API Access.';

/** What the client needs to decide on a retry, read off a refusal (see `failureFrom`). */
export interface Failure {
  status: number;
  /** Seconds from `Retry-After`, when Northpass sent one. */
  retryAfter?: number;
  /** The query parameter a 400 names (`sort`, `include`, `filter[name][i_cont]`...). */
  parameter?: string;
  /** Northpass's own words, when it gave any. */
  detail?: string;
}

const withReason = (sentence: string, reason: string | undefined): string =>
  reason ? `${sentence} Northpass said: ${reason}.` : sentence;

type Mapper = (response: HttpResponse, context: RequestContext, reason?: string) => Error;

/** Northpass, named with its URL when it is not the real one (a sandbox, a test double). */
export const where = (): string =>
  baseUrl() === DEFAULT_BASE_URL ? 'Northpass' : `Northpass at ${baseUrl()}`;

export const invalidKey = (): Error =>
  appError(
    `${where()} refused this API key: it is invalid, or the school does not have API access. ` +
      'Copy the key again from Northpass admin: Apps > API Access.',
    'invalid_api_key',
    401,
  );

/**
 * Seconds Zapier waits before retrying a throttled step when Northpass names no usable delay:
 * none, one that is not a whole number of seconds, or one longer than `MAX_RETRY_AFTER_SECONDS`.
 */
export const THROTTLE_DELAY_SECONDS = 5;
/** Longest `Retry-After` believed (15 minutes): a larger one is a fault, not a plan. */
export const MAX_RETRY_AFTER_SECONDS = 900;

/** `Retry-After` in seconds when it is a whole number from 1 to 15 minutes, else undefined. */
export const retryAfterSeconds = (response: HttpResponse): number | undefined => {
  const header = (response.getHeader('retry-after') ?? '').trim();
  if (!/^\d{1,9}$/.test(header)) return undefined;
  const seconds = Number(header);
  return seconds > 0 && seconds <= MAX_RETRY_AFTER_SECONDS ? seconds : undefined;
};

/** The whole mapping from a Northpass status to what a Zap builder sees. */
const statusTable: Record<number, Mapper> = {
  // raised when Northpass could not parse the request itself (or refuses a query parameter)
  400: (_response, _context, reason) =>
    appError(withReason('Northpass could not accept this request.', reason), 'bad_request', 400),
  // raised when the key was revoked or never existed: the connection must be renewed
  401: (_response, context) =>
    context.authTest
      ? invalidKey()
      : new zapier.errors.ExpiredAuthError(
          `Northpass no longer accepts this API key. ${CONNECT_HELP}`,
        ),
  // raised when the school's plan does not include API access at all
  402: (_response, context) =>
    context.authTest
      ? invalidKey()
      : appError(
          "Your Northpass school's plan does not include API access. Ask Northpass support to enable the API Access app.",
          'plan_required',
          402,
        ),
  // raised when the plan or the key's permissions exclude this endpoint; other endpoints still work
  403: (_response, context, reason) =>
    context.authTest
      ? invalidKey()
      : appError(
          withReason(
            "Northpass did not allow this: your school's plan or this API key's permissions do not include it.",
            reason,
          ),
          'forbidden',
          403,
        ),
  // raised when an id in the path names no record
  404: (_response, context) =>
    appError(
      context.notFound ?? 'Northpass could not find the record this step refers to.',
      'not_found',
      404,
    ),
  // raised when Northpass refuses the verb on this path (the route exists for other verbs)
  405: () =>
    appError(
      'Northpass does not accept this kind of change through its API. Make it in Northpass admin, or contact Northpass support.',
      'method_not_allowed',
      405,
    ),
  // raised when the record already exists in a way the caller did not expect
  409: (_response, _context, reason) =>
    appError(
      withReason('Northpass reported a conflict with an existing record.', reason),
      'conflict',
      409,
    ),
  // raised when Northpass validates the input and rejects it
  422: (_response, _context, reason) =>
    appError(withReason('Northpass rejected the data sent.', reason), 'rejected', 422),
  // raised when the school's 10 requests/second limit is hit: Zapier waits and retries the step
  429: (response) =>
    throttled(
      "Northpass's rate limit (10 requests a second per school) was reached. Zapier will retry this step shortly.",
      retryAfterSeconds(response) ?? THROTTLE_DELAY_SECONDS,
    ),
};

// raised for a 3xx: the client never follows a redirect, so the key cannot travel with it
const redirected: Mapper = (response) =>
  appError(
    `Northpass answered with a redirect (HTTP ${response.status}) instead of data. The integration does not follow redirects, so your API key stays with Northpass. Try again later; if it keeps happening, contact Northpass support.`,
    'redirected',
    502,
  );

// raised for any other 4xx: something Northpass refused that the table does not name
const otherClientError: Mapper = (response, _context, reason) =>
  appError(
    withReason(`Northpass could not process this request (HTTP ${response.status}).`, reason),
    'client_error',
    response.status,
  );

// raised for 5xx: Northpass is down or failing; a repeatable request was already retried once
const serverError: Mapper = (response, context) =>
  appError(
    `Northpass is unavailable right now (HTTP ${response.status})` +
      `${context.retried ? ', even after one retry' : ''}. Try again in a few minutes.`,
    'northpass_unavailable',
    response.status,
  );

const mapperFor = (status: number): Mapper =>
  statusTable[status] ??
  (status >= 500 ? serverError : status < 400 ? redirected : otherClientError);

/** Replaces every occurrence of the secret so no message can ever echo the API key. */
export const scrub = (text: string, secret: string | undefined): string =>
  secret && secret.trim().length >= 4 ? text.split(secret.trim()).join('[API key]') : text;

/** What the client needs to decide on a retry, read off the answer it holds. */
export const failureFrom = (response: HttpResponse): Failure => {
  const first = firstError(response);
  const parameter = first?.source?.parameter ?? undefined;
  const detail = first?.detail ?? first?.title ?? undefined;
  const retryAfter = retryAfterSeconds(response);
  return {
    status: response.status,
    ...(retryAfter ? { retryAfter } : {}),
    ...(parameter ? { parameter } : {}),
    ...(detail ? { detail } : {}),
  };
};

/**
 * An error whose request may have been carried out although this run cannot tell: no answer
 * came, an unreadable success came, or Northpass failed (5xx) while handling it.
 */
const maybeDone = (error: Error): Error => Object.assign(error, { maybeDone: true });

/** The error a person sees for a Northpass status; never contains the key the request sent. */
export const errorFor = (response: HttpResponse, context: RequestContext): Error => {
  const error = mapperFor(response.status)(response, context, northpassReason(response));
  error.message = scrub(error.message, response.request.headers?.['x-api-key']);
  // core would otherwise append its request log ("What happened: ...") to the message
  Object.assign(error, { doNotContextify: true });
  return response.status >= 500 ? maybeDone(error) : error;
};

/** Statuses that may say a route is missing: believed once a read-back shows the record exists. */
export const ROUTE_MISSING = [404, 405] as const;
export const routeMissing = (status: number): boolean =>
  (ROUTE_MISSING as readonly number[]).includes(status);

/** The error for a response the caller had asked to see (`expect`) and now refuses after all. */
export const refusal = (response: HttpResponse): Error => errorFor(response, contextOf(response));

/** Raised when no answer came at all: a timeout or a network failure on Zapier's side. */
export const unreachable = (kind: 'timeout' | 'network', retried: boolean): Error => {
  const error = appError(
    (kind === 'timeout' ? `${where()} did not answer in time` : `Could not reach ${where()}`) +
      `${retried ? ', even after one retry' : ''}. Try again in a few minutes.`,
    'northpass_unavailable',
    504,
  );
  return maybeDone(error);
};

/** Marks the error for a 2xx this app could not read: Northpass may well have done the work. */
export const answeredUnreadably = (error: Error): Error => maybeDone(error);

/**
 * Whether a request may have been carried out although this run cannot tell: no answer came, an
 * unreadable success came, or Northpass failed (5xx) while handling it.
 */
export const outcomeUnknown = (error: unknown): boolean =>
  error instanceof Error && 'maybeDone' in error && error.maybeDone === true;

/** Raised when a step has used its time budget; Zapier would cut it off at 30 s otherwise. */
export const outOfTime = (): Error =>
  appError(
    "Northpass is answering too slowly for this step to finish inside Zapier's 30-second limit. Try again in a few minutes.",
    'northpass_unavailable',
    504,
  );

/** Raised when a 2xx body is not the JSON document Northpass normally sends. */
export const unreadable = (problem: string): Error =>
  appError(
    `Northpass sent a reply this integration could not read (${problem}). If this keeps happening, Northpass may be having problems.`,
    'unreadable_response',
    502,
  );

/**
 * Raised for a refusal (a 404 a read expected) whose body is not Northpass's: a web page from a
 * proxy or a maintenance screen says nothing about whether the record exists.
 */
export const unexpectedPage = (status: number): Error =>
  appError(
    `${where()} answered with a page it does not normally send (HTTP ${status}, not its usual reply), so this step cannot tell whether the record exists. Try again in a few minutes; if it keeps happening, contact Northpass support.`,
    'unexpected_page',
    502,
  );

/** Raised before a request that would leave Northpass (the key must never go with it). */
export const offOrigin = (): Error =>
  appError(
    'The integration refused to send a request outside Northpass, so your API key stays with Northpass. Northpass may have sent an unexpected link; try again later.',
    'off_origin',
    502,
  );

export { MAX_MESSAGE_LENGTH };
