import type { HttpResponse } from 'zapier-platform-core';
import * as zod from 'zod/mini';

import { truncate } from '../lib/errors.js';

/** Northpass's own reason gets this much of a message. */
const MAX_REASON_LENGTH = 140;

const errorDocumentSchema = zod.looseObject({
  errors: zod.array(
    zod.looseObject({
      title: zod.nullish(zod.string()),
      detail: zod.nullish(zod.string()),
      source: zod.nullish(
        zod.looseObject({
          pointer: zod.nullish(zod.string()),
          parameter: zod.nullish(zod.string()),
        }),
      ),
    }),
  ),
});

/** The first JSON:API error object that says something, if the body is one. */
export const firstError = (response: HttpResponse) => {
  const parsed = errorDocumentSchema.safeParse(response.data);
  return parsed.success
    ? parsed.data.errors.find((error) => error.detail || error.title || error.source?.parameter)
    : undefined;
};

/**
 * Northpass's own reason from a JSON:API error body, plus the field it names:
 * `Uh oh, that name has already been added (field: name)`. Undefined for empty or non-JSON bodies.
 */
export const northpassReason = (response: HttpResponse): string | undefined => {
  const first = firstError(response);
  const reason = (first?.detail || first?.title || '').replace(/\s+/g, ' ').trim();
  if (!reason) return undefined;
  const field = (first?.source?.pointer ?? first?.source?.parameter ?? '').split('/').pop();
  return truncate(
    field ? `${reason.replace(/\.$/, '')} (field: ${field})` : reason.replace(/\.$/, ''),
    MAX_REASON_LENGTH,
  );
};
