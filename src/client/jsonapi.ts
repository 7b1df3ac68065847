import * as zod from 'zod/mini';

import { unreadable } from './errors.js';

/**
 * What an id Northpass sends may look like before it goes into a path: letters, digits, `-` and
 * `_` (Northpass's are UUIDs). An id such as `..` would move a request to another path.
 */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

export const idSchema = zod.string().check(zod.regex(SAFE_ID));

/** An id as one path segment; an id that is not safe there is an unreadable reply. */
export const idSegment = (id: string): string => {
  if (!SAFE_ID.test(id)) throw unreadable('an ID was not in the expected form');
  return id;
};

/** A JSON:API resource with its attributes; unknown members pass through untouched. */
export const resourceSchema = <A extends zod.ZodMiniType>(attributes: A) =>
  zod.looseObject({
    id: idSchema,
    type: zod.optional(zod.string()),
    attributes,
    relationships: zod.optional(zod.record(zod.string(), zod.unknown())),
    links: zod.optional(zod.record(zod.string(), zod.unknown())),
  });

/** `{"data": resource}` */
export const singleDocumentSchema = <S extends zod.ZodMiniType>(data: S) =>
  zod.looseObject({ data });

/** A nullable string attribute that a new or partial record may leave out. */
export const optionalString = zod.nullish(zod.string());

/** Inside a resource a link is a string, `{href}` or `{href, meta}`: this reads all three. */
export const linkHref = (link: unknown): string | null => {
  if (typeof link === 'string') return link;
  if (link && typeof link === 'object' && 'href' in link && typeof link.href === 'string') {
    return link.href;
  }
  return null;
};

/** The id inside a to-one relationship such as `relationships.person.data.id`. */
export const relatedId = (relationship: unknown): string | undefined => {
  const parsed = zod
    .looseObject({ data: zod.looseObject({ id: idSchema }) })
    .safeParse(relationship);
  return parsed.success ? parsed.data.data.id : undefined;
};

/**
 * The ids inside a to-many relationship such as `relationships.groups.data`, or undefined when
 * Northpass gave only links (so the caller cannot tell what is related).
 */
export const relatedIds = (relationship: unknown): string[] | undefined => {
  const parsed = zod
    .looseObject({ data: zod.array(zod.looseObject({ id: idSchema })) })
    .safeParse(relationship);
  return parsed.success ? parsed.data.data.map((item) => item.id) : undefined;
};
