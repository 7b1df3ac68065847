/**
 * Northpass's JSON:API error envelope, and the Fastify error handler that answers every thrown
 * error (schema validation failures included) with it.
 */
import type {
  FastifyError,
  FastifyReply,
  FastifyRequest,
  FastifySchemaValidationError,
} from 'fastify';

export type Source = { pointer: string } | { parameter: string } | Record<string, never>;

export const statusTitles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly source: Source;

  constructor(status: number, title: string, detail: string, source: Source = {}) {
    super(detail);
    this.status = status;
    this.title = title;
    this.source = source;
  }
}

export const errorBody = (status: number, title: string, detail?: string, source: Source = {}) => ({
  errors: [{ status: String(status), title, ...(detail ? { detail } : {}), source }],
});

export const notFound = (what: string) => new ApiError(404, 'Not Found', `${what} not found`);

export const invalid = (detail: string, pointer: string) =>
  new ApiError(422, 'Invalid Attribute', detail, { pointer });

/** A write refused with `status` because it is already so (or not so): 422 reads as `invalid`. */
export const refused = (status: number, detail: string, pointer: string) =>
  status === 422
    ? invalid(detail, pointer)
    : new ApiError(status, statusTitles[status] ?? 'Error', detail, { pointer });

/** A 400 naming the query parameter at fault. */
export const badParameter = (detail: string, parameter: string) =>
  new ApiError(400, 'Bad Request', detail, { parameter });

/** The body Northpass sends for a method and path it has no route for. */
export const noRoute = (method: string, url: string) =>
  errorBody(404, 'Not Found', `no route for ${method} ${url.split('?')[0] ?? ''}`);

/** The pattern of a query parameter that must be a whole number from 1. */
export const POSITIVE_INTEGER = '^[1-9][0-9]{0,8}$';
/** The pattern of a Northpass datetime. */
export const DATETIME = '^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$';

/** What a value that fails one of the patterns above must be, in words. */
const patterns: Record<string, string> = {
  [POSITIVE_INTEGER]: 'a positive integer',
  [DATETIME]: 'a datetime like 2026-06-01T12:30:00Z',
};

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

/** Turns the first schema error of a body, query or path into the JSON:API error Northpass sends. */
const validationError = (
  error: FastifySchemaValidationError,
  context: string | undefined,
  bodyStatus: number,
): ApiError => {
  const { keyword, instancePath, params } = error;
  const missing = keyword === 'required' ? String(params.missingProperty) : undefined;
  const extra = keyword === 'additionalProperties' ? String(params.additionalProperty) : undefined;
  const path = `${instancePath}${missing === undefined ? '' : `/${missing}`}${extra === undefined ? '' : `/${extra}`}`;
  // a JSON:API body's root is its `data`; a control's body has no name
  const root = bodyStatus === 422 ? 'data' : 'body';
  const name = path.split('/').pop() || root;
  const detail =
    missing !== undefined
      ? `${name} is required`
      : keyword === 'type'
        ? `${name} must be ${article(String(params.type))}`
        : keyword === 'const'
          ? `${name} must be ${String(params.allowedValue)}`
          : keyword === 'enum' && Array.isArray(params.allowedValues)
            ? `${name} must be one of ${params.allowedValues.map(String).join(', ')}`
            : keyword === 'pattern' && patterns[String(params.pattern)]
              ? `${name} must be ${patterns[String(params.pattern)] ?? ''}`
              : extra !== undefined
                ? `${extra} is not allowed`
                : `${name} ${error.message ?? 'is invalid'}`;
  if (context === 'body') {
    const pointer = path === '' && root === 'data' ? '/data' : path;
    return bodyStatus === 422
      ? invalid(detail, pointer)
      : new ApiError(bodyStatus, statusTitles[bodyStatus] ?? 'Error', detail, { pointer });
  }
  return badParameter(detail, name);
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An error handler answering with Northpass's envelope: an invalid write body with
 * `bodyStatus` (Northpass answers 422; the sandbox's own controls 400), an invalid query
 * parameter or path segment with 400.
 */
export const jsonApiErrorHandler =
  (bodyStatus: number) => (error: unknown, _request: FastifyRequest, reply: FastifyReply) => {
    const failure = isRecord(error) ? (error as Partial<FastifyError>) : {};
    const known =
      error instanceof ApiError
        ? error
        : failure.validation?.[0]
          ? validationError(failure.validation[0], failure.validationContext, bodyStatus)
          : undefined;
    if (known) {
      return reply
        .code(known.status)
        .send(errorBody(known.status, known.title, known.message, known.source));
    }
    // Fastify's own errors (a body too large, say) carry their status; anything else is a 500
    const status = typeof failure.statusCode === 'number' ? failure.statusCode : 500;
    const detail = error instanceof Error ? error.message : 'unexpected error';
    return reply
      .code(status)
      .send(
        errorBody(
          status,
          statusTitles[status] ?? (status >= 500 ? 'Error' : 'Bad Request'),
          detail,
        ),
      );
  };
