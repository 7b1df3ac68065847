import { z as zod } from 'zod';

/** A JSON:API resource with its attributes; unknown members pass through untouched. */
export const resourceSchema = <A extends zod.ZodType>(attributes: A) =>
  zod.looseObject({
    id: zod.string().min(1),
    type: zod.string().optional(),
    attributes,
    relationships: zod.record(zod.string(), zod.unknown()).optional(),
    links: zod.record(zod.string(), zod.unknown()).optional(),
  });

/** `{"data": resource}` */
export const singleDocumentSchema = <S extends zod.ZodType>(data: S) => zod.looseObject({ data });

/** `{"data": [...], "links": {"next": ...}}`; a link that does not apply is left out or null. */
export const listDocumentSchema = <S extends zod.ZodType>(item: S) =>
  zod.looseObject({
    data: zod.array(item),
    links: zod.looseObject({ next: zod.string().nullish() }).nullish(),
    included: zod.array(zod.unknown()).nullish(),
  });

/** A nullable string attribute that a new or partial record may leave out. */
export const optionalString = zod.string().nullish();

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
    .looseObject({ data: zod.looseObject({ id: zod.string() }) })
    .safeParse(relationship);
  return parsed.success ? parsed.data.data.id : undefined;
};

/**
 * The ids inside a to-many relationship such as `relationships.groups.data`, or undefined when
 * Northpass gave only links (so the caller cannot tell what is related).
 */
export const relatedIds = (relationship: unknown): string[] | undefined => {
  const parsed = zod
    .looseObject({ data: zod.array(zod.looseObject({ id: zod.string() })) })
    .safeParse(relationship);
  return parsed.success ? parsed.data.data.map((item) => item.id) : undefined;
};
