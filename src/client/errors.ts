import zapier from 'zapier-platform-core';
import type { AfterResponseMiddleware, HttpResponse } from 'zapier-platform-core';
import { z as zod } from 'zod';

/** Zapier shows about 250 characters of an error message. */
const MAX_MESSAGE_LENGTH = 250;

/** Northpass's own reason gets this much of a message. */
const MAX_REASON_LENGTH = 140;

export const CONNECT_HELP =
  'Reconnect Northpass in Zapier with a current key from Northpass admin: Apps > API Access.';

/**
 * What the client tells the error middleware about one request (sent as `middlewareData`).
 * - `notFound`: the sentence a 404 shows, naming the kind of record and the value mapped.
 * - `expect`: statuses handed back to the caller untouched (a search's 404, say).
 * - `retry`: the request is safe to repeat, so a first 5xx is retried by the client.
 * - `attempt`: 1 for the first try, 2 for the retry.
 * - `authTest`: the request is the connection test, where a refused key is not "expired".
 */
export interface RequestContext {
  notFound?: string;
  expect?: number[];
  retry?: boolean;
  attempt?: number;
  authTest?: boolean;
}

/** Thrown for a first 5xx on a repeatable request; the client catches it and tries once more. */
export class RetryableFailure extends Error {
  readonly doNotContextify = true;
  readonly status: number;

  constructor(status: number) {
    super(`Northpass answered HTTP ${status}`);
    this.name = 'RetryableFailure';
    this.status = status;
  }
}

const errorDocumentSchema = zod.looseObject({
  errors: zod.array(
    zod.looseObject({
      title: zod.string().nullish(),
      detail: zod.string().nullish(),
      source: zod
        .looseObject({ pointer: zod.string().nullish(), parameter: zod.string().nullish() })
        .nullish(),
    }),
  ),
});

const truncate = (text: string, length: number): string =>
  text.length > length ? `${text.slice(0, length - 3).trimEnd()}...` : text;

/** Replaces every occurrence of the secret so no message can ever echo the API key. */
export const scrub = (text: string, secret: string | undefined): string =>
  secret && secret.trim().length >= 4 ? text.split(secret.trim()).join('[API key]') : text;

/**
 * Northpass's own reason from a JSON:API error body, plus the field it names:
 * `Uh oh, that name has already been added (field: name)`. Undefined for empty or non-JSON bodies.
 */
export const northpassReason = (response: HttpResponse): string | undefined => {
  const parsed = errorDocumentSchema.safeParse(response.data);
  if (!parsed.success) return undefined;
  const first = parsed.data.errors.find((error) => error.detail || error.title);
  if (!first) return undefined;
  const reason = (first.detail || first.title || '').replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  const field = (first.source?.pointer ?? first.source?.parameter ?? '').split('/').pop();
  return truncate(field ? `${reason} (field: ${field})` : reason, MAX_REASON_LENGTH);
};

const withReason = (sentence: string, reason: string | undefined): string =>
  reason ? `${sentence} Northpass said: ${reason}.` : sentence;

type Mapper = (response: HttpResponse, context: RequestContext, reason?: string) => Error;

const appError = (message: string, code: string, status: number): Error =>
  new zapier.errors.Error(message, code, status);

const invalidKey = (): Error =>
  appError(
    'Northpass refused this API key: it is invalid, or the school does not have API access. ' +
      'Copy the key again from Northpass admin: Apps > API Access.',
    'invalid_api_key',
    401,
  );

/** The whole mapping from a Northpass status to what a Zap builder sees. */
const statusTable: Record<number, Mapper> = {
  // raised when Northpass could not parse the request itself
  400: (response, _context, reason) =>
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
  429: (response) => {
    const retryAfter = Number.parseInt(response.getHeader('retry-after') ?? '', 10);
    return new zapier.errors.ThrottledError(
      "Northpass's rate limit (10 requests a second per school) was reached. Zapier will retry this step shortly.",
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : 5,
    );
  },
};

// raised for any other 4xx: something Northpass refused that the table does not name
const otherClientError: Mapper = (response, _context, reason) =>
  appError(
    withReason(`Northpass could not process this request (HTTP ${response.status}).`, reason),
    'client_error',
    response.status,
  );

// raised for 5xx: Northpass is down or failing; a repeatable request was already retried once
const serverError: Mapper = (response, context) =>
  context.retry && (context.attempt ?? 1) < 2
    ? new RetryableFailure(response.status)
    : appError(
        `Northpass is unavailable right now (HTTP ${response.status})` +
          `${context.retry ? ', even after one retry' : ''}. Try again in a few minutes.`,
        'northpass_unavailable',
        response.status,
      );

/** The error a person sees for a Northpass status; never contains the key the request sent. */
export const errorFor = (response: HttpResponse, context: RequestContext): Error => {
  const mapper =
    statusTable[response.status] ?? (response.status >= 500 ? serverError : otherClientError);
  const error = mapper(response, context, northpassReason(response));
  error.message = scrub(error.message, response.request.headers?.['x-api-key']);
  // core would otherwise append its request log ("What happened: ...") to the message
  return Object.assign(error, { doNotContextify: true });
};

/** Raised when no answer came at all: a timeout or a network failure on Zapier's side. */
export const unreachable = (kind: 'timeout' | 'network', retried: boolean): Error =>
  appError(
    (kind === 'timeout' ? 'Northpass did not answer in time' : 'Could not reach Northpass') +
      `${retried ? ', even after one retry' : ''}. Try again in a few minutes.`,
    'northpass_unavailable',
    504,
  );

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

const contextOf = (response: HttpResponse): RequestContext =>
  (response.request.middlewareData as RequestContext | undefined) ?? {};

/** afterResponse: every Northpass status >= 400 becomes an error a person can act on. */
export const mapNorthpassErrors: AfterResponseMiddleware = (response) => {
  if (response.status < 400 || response.skipThrowForStatus) return response;
  const context = contextOf(response);
  if (context.expect?.includes(response.status)) {
    response.skipThrowForStatus = true;
    return response;
  }
  throw errorFor(response, context);
};

const appErrorFieldsSchema = zod.object({
  message: zod.string(),
  code: zod.string().optional(),
  status: zod.number().optional(),
});

/** The fields of a core AppError, whose message is `{"message", "code", "status"}` as JSON. */
const appErrorFields = (error: Error) => {
  try {
    const parsed = appErrorFieldsSchema.safeParse(JSON.parse(error.message));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Puts `context` (what a multi-step action already did) in front of an error a person will read,
 * keeping the original reason whole. Throttling, halts and expired keys pass through unchanged:
 * Zapier handles those by retrying, stopping softly or asking to reconnect.
 */
export const withContext = (error: unknown, context: string): unknown => {
  const fields =
    error instanceof Error && error.name === 'AppError' ? appErrorFields(error) : undefined;
  if (!fields) return error;
  const room = MAX_MESSAGE_LENGTH - fields.message.length - 1;
  const prefix =
    context.length > room ? `${context.slice(0, Math.max(0, room - 4))}... ` : `${context} `;
  // core's AppError is never contextified, so the message stays exactly this
  return appError(`${prefix}${fields.message}`, fields.code ?? 'error', fields.status ?? 400);
};
