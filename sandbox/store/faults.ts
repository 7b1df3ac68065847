/**
 * Forced answers for the next matching /v2/ requests. A fault answers `count` matching requests
 * (0: never), then goes. `method` and `path` narrow what it matches; a request it does not match
 * passes through and does not use it up. `path` without `*` is a prefix on whole segments
 * (`/v2/groups` matches `/v2/groups` and `/v2/groups/1/memberships`, not `/v2/groupsx`); with `*`
 * it must match the whole path, each `*` standing for exactly one segment (such as a group id).
 * The query string never counts.
 */

interface FaultTarget {
  /** How many matching requests it answers; 0 never fires. */
  count: number;
  /** Only requests with this method (any case). */
  method?: string;
  /** Only requests whose path matches, as above. */
  path?: string;
}

/** A JSON:API error (503 unless told), with the status's title unless told. */
interface StatusFault {
  kind: 'status';
  status?: number;
  title?: string;
  detail?: string;
  pointer?: string;
}

/** Waits `delayMs` (5000 unless told), then answers as usual. */
interface SlowFault {
  kind: 'slow';
  delayMs?: number;
}

/** An HTML maintenance page, with status 200 unless told. */
interface HtmlFault {
  kind: 'html';
  status?: number;
}

/** A redirect with a `Location` header and no body (302 unless told). */
interface RedirectFault {
  kind: 'redirect';
  status?: 301 | 302 | 307 | 308;
  location: string;
}

/** Exactly this answer: `body` as it is when a string, as JSON otherwise. */
interface BodyFault {
  kind: 'body';
  status?: number;
  body: unknown;
  /** `application/json; charset=utf-8` unless told */
  contentType?: string;
}

export type Fault = FaultTarget & (StatusFault | SlowFault | HtmlFault | RedirectFault | BodyFault);

const when = (kind: Fault['kind'], then: Record<string, unknown>) => ({
  if: { type: 'object', required: ['kind'], properties: { kind: { const: kind } } },
  then: { type: 'object', ...then },
});

/** The body of `POST /_sandbox/faults`. */
export const faultSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['kind'],
  properties: {
    kind: { enum: ['status', 'slow', 'html', 'redirect', 'body'] },
    count: { type: 'integer', minimum: 0, default: 1 },
    method: { type: 'string', pattern: '^[A-Za-z]+$' },
    path: { type: 'string', pattern: '^/' },
    status: { type: 'integer', minimum: 100, maximum: 599 },
    title: { type: 'string' },
    detail: { type: 'string' },
    pointer: { type: 'string' },
    delayMs: { type: 'integer', minimum: 0 },
    location: { type: 'string', format: 'uri' },
    body: {},
    contentType: { type: 'string', minLength: 1 },
  },
  allOf: [
    when('status', { properties: { status: { type: 'integer', minimum: 400 } } }),
    when('redirect', {
      required: ['location'],
      properties: { status: { enum: [301, 302, 307, 308] } },
    }),
    when('body', { required: ['body'] }),
  ],
} as const;

/** Whether a request path matches a fault's `path` pattern (see above). */
export const matchesPath = (pattern: string, path: string): boolean => {
  if (!pattern.includes('*')) {
    const prefix = pattern.replace(/\/+$/, '');
    return path === prefix || path.startsWith(`${prefix}/`);
  }
  const wanted = pattern.split('/');
  const actual = path.split('/');
  return (
    wanted.length === actual.length &&
    wanted.every((segment, index) =>
      segment === '*' ? (actual[index] ?? '') !== '' : segment === actual[index],
    )
  );
};

/**
 * The first fault that matches the request, used once; faults that are used up (or were
 * added with `count: 0`) are dropped.
 */
export const takeFault = (
  faults: Fault[],
  request: { method: string; path: string },
): Fault | undefined => {
  const fault = faults.find(
    (candidate) =>
      candidate.count > 0 &&
      (candidate.method === undefined ||
        candidate.method.toUpperCase() === request.method.toUpperCase()) &&
      (candidate.path === undefined || matchesPath(candidate.path, request.path)),
  );
  if (fault) fault.count -= 1;
  for (let index = faults.length - 1; index >= 0; index -= 1) {
    if ((faults[index]?.count ?? 0) <= 0) faults.splice(index, 1);
  }
  return fault;
};
