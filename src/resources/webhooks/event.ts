import * as zod from 'zod/mini';

import { behaviour } from '../../client/behaviour.js';
import { idSchema, relatedId } from '../../client/jsonapi.js';
import { appError } from '../../lib/errors.js';
import { invalidInput } from '../../lib/inputs.js';

/**
 * A Northpass webhook body, read: the documented JSON:API envelope (`included` inside `data`),
 * what it names by id and what it includes. Only the members the reader uses are declared.
 */

const includedSchema = zod.looseObject({
  id: idSchema,
  type: zod.string(),
  attributes: zod._default(zod.record(zod.string(), zod.unknown()), {}),
});
export type Included = zod.infer<typeof includedSchema>;

const eventSchema = zod.looseObject({
  data: zod.looseObject({
    id: idSchema,
    type: zod.string().check(zod.regex(behaviour.webhookEventType)),
    attributes: zod._default(zod.record(zod.string(), zod.unknown()), {}),
    relationships: zod.optional(zod.record(zod.string(), zod.unknown())),
    included: zod.optional(zod.array(zod.unknown())),
  }),
});

type Subject = keyof typeof behaviour.webhookRelationships;

/** One thing an event is about: its id, and the record when the body includes it. */
export interface Named {
  id: string;
  included?: Included;
}

export interface NorthpassEvent {
  id: string;
  type: string;
  occurredAt: string | null;
  person?: Named;
  course?: Named;
  learningPath?: Named;
  score: number | null;
}

/** A body that is not a Northpass event: why, and what one looks like. */
const notAnEvent = (label: string, why: string): Error =>
  invalidInput(
    label,
    `${why}, so it is not a Northpass webhook event (JSON with data.id and a data.type such as course_completed_events). Map Raw Body from the Catch Raw Hook step.`,
  );

const parseJson = (body: string, label: string): unknown => {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw notAnEvent(label, 'is not JSON');
  }
};

const numberOf = (value: unknown): number | null => {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return null;
};

/**
 * What the event says about one subject: the id its relationship names, and the included
 * record of that id (or, with no relationship, the one included record of the subject's type).
 */
const subjectOf = (
  relationships: Record<string, unknown>,
  included: Included[],
  subject: Subject,
): Named | undefined => {
  const types: readonly string[] = behaviour.webhookIncludedTypes[subject];
  const candidates = included.filter((item) => types.includes(item.type));
  const id = relatedId(relationships[behaviour.webhookRelationships[subject]]);
  if (id !== undefined) {
    const record = candidates.find((item) => item.id === id);
    return record ? { id, included: record } : { id };
  }
  const [only, ...others] = candidates;
  return only && others.length === 0 ? { id: only.id, included: only } : undefined;
};

const words: Record<Subject, string> = {
  person: 'learner',
  course: 'course',
  learningPath: 'learning path',
};

/**
 * What an event of this type must name, by its first words (`course_completed_events`): a
 * course event its course and learner, a learner or person event its learner. Other types are
 * read for whatever they name.
 */
const expectedSubjects = (type: string): Subject[] =>
  type.startsWith('course_')
    ? ['person', 'course']
    : type.startsWith('learning_path_')
      ? ['person', 'learningPath']
      : /^(learner|person)_/.test(type)
        ? ['person']
        : [];

/** The raw body of a Northpass webhook, read; anything else is an error naming the field. */
export const parseEvent = (body: string, label: string): NorthpassEvent => {
  const parsed = eventSchema.safeParse(parseJson(body, label));
  if (!parsed.success) throw notAnEvent(label, 'has no Northpass event in it');
  const { data } = parsed.data;
  const included = (data.included ?? []).flatMap((item) => {
    const record = includedSchema.safeParse(item);
    return record.success ? [record.data] : [];
  });
  const relationships = data.relationships ?? {};
  const score = behaviour.webhookScoreAttributes
    .map((name) => numberOf(data.attributes[name]))
    .find((value) => value !== null);
  const createdAt = data.attributes.created_at;
  const event: NorthpassEvent = {
    id: data.id,
    type: data.type,
    occurredAt: typeof createdAt === 'string' && createdAt !== '' ? createdAt : null,
    score: score ?? null,
  };
  for (const subject of ['person', 'course', 'learningPath'] as const) {
    const named = subjectOf(relationships, included, subject);
    if (named) event[subject] = named;
  }
  const lacking = expectedSubjects(event.type).find((subject) => !event[subject]);
  if (lacking) {
    throw appError(
      `This ${event.type} webhook names no ${words[lacking]} the app can read, so its fields would be blank. Send the body to the app's maintainer; \`npm run verify-school\` checks the shape.`,
      'unreadable_event',
      422,
    );
  }
  return event;
};
