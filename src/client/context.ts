import type { HttpResponse } from 'zapier-platform-core';
import * as zod from 'zod/mini';

/**
 * What the client tells the error table about one request (sent as `middlewareData`).
 * - `notFound`: the sentence a 404 shows, naming the kind of record and the value mapped.
 * - `expect`: statuses handed back to the caller untouched (a search's 404, say).
 * - `retried`: this is the second try of a request that is safe to repeat.
 * - `authTest`: the request is the connection test, where a refused key is not "expired".
 * - `deadline`: when the step's time budget runs out (ms since the epoch).
 */
const requestContextSchema = zod.object({
  notFound: zod.optional(zod.string()),
  expect: zod.optional(zod.array(zod.number())),
  retried: zod.optional(zod.boolean()),
  authTest: zod.optional(zod.boolean()),
  deadline: zod.optional(zod.number()),
});
export type RequestContext = zod.infer<typeof requestContextSchema>;

/** The context the client sent with a request (`middlewareData`), or none. */
export const readContext = (middlewareData: unknown): RequestContext => {
  const parsed = requestContextSchema.safeParse(middlewareData);
  return parsed.success ? parsed.data : {};
};

/** The context the client sent with a request, read back from its response. */
export const contextOf = (response: HttpResponse): RequestContext =>
  readContext(response.request.middlewareData);
