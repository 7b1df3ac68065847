import type { ZObject } from 'zapier-platform-core';

import { appError } from '../../lib/errors.js';
import { whenAll } from '../../lib/settle.js';
import { findCourseById } from '../courses/api.js';
import { findLearningPathById } from '../learning-paths/api.js';
import { findPersonById } from '../people/record.js';
import type { Named, NorthpassEvent } from './event.js';
import type { WebhookEventOutput } from './output.js';

/** Most requests one event may cost: the learner and one course or learning path. */
export const MAX_EVENT_LOOKUPS = 2;

type Attributes = Readonly<Record<string, unknown>>;

const textOf = (attributes: Attributes | undefined, key: string): string | null => {
  const value = attributes?.[key];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
};

/**
 * The learner's fields. The documented learner-created body includes no `last_name`: it is then
 * what follows the first name in the full name ("Jill Smith", first name "Jill": "Smith").
 */
const learnerFields = (id: string | null, attributes: Attributes | undefined) => {
  const first = textOf(attributes, 'first_name');
  const full = textOf(attributes, 'full_name') ?? textOf(attributes, 'name');
  const rest = first && full?.startsWith(`${first} `) ? full.slice(first.length).trim() : '';
  const last = textOf(attributes, 'last_name') ?? (rest || null);
  return {
    learner_id: id,
    learner_email: textOf(attributes, 'email'),
    learner_first_name: first,
    learner_last_name: last,
    learner_name: full ?? ([first, last].filter(Boolean).join(' ') || null),
  };
};

const gone = (noun: string, id: string): Error =>
  appError(
    `Northpass has no ${noun} with the ID ${id}, which this event names; it may have been deleted since the event was sent.`,
    'not_found',
    404,
  );

/** The attributes of what the event names: as included, or read by id (null: not read). */
const attributesOf = async (
  named: Named | undefined,
  read: boolean,
  find: (id: string) => Promise<{ attributes: Attributes } | null>,
  noun: string,
): Promise<Attributes | undefined> => {
  if (!named) return undefined;
  if (named.included) return named.included.attributes;
  if (!read) return undefined;
  const record = await find(named.id);
  if (!record) throw gone(noun, named.id);
  return record.attributes;
};

/**
 * A webhook event as one flat record: what the body includes is used as it is; a learner,
 * course or learning path it names only by id is read (in parallel, at most 2 requests).
 */
export const readWebhookEvent = async (
  z: ZObject,
  event: NorthpassEvent,
): Promise<WebhookEventOutput> => {
  const missing = (named?: Named) => named !== undefined && named.included === undefined;
  // an event naming a learner, a course and a path, none included, leaves the path unnamed
  const readPath =
    missing(event.learningPath) &&
    [event.person, event.course].filter(missing).length < MAX_EVENT_LOOKUPS;
  const [person, course, path] = await whenAll<
    [Attributes | undefined, Attributes | undefined, Attributes | undefined]
  >([
    attributesOf(event.person, true, (id) => findPersonById(z, id), 'learner'),
    attributesOf(event.course, true, (id) => findCourseById(z, id), 'course'),
    attributesOf(
      event.learningPath,
      readPath,
      (id) => findLearningPathById(z, id),
      'learning path',
    ),
  ]);
  return {
    event_type: event.type,
    event_id: event.id,
    occurred_at: event.occurredAt,
    ...learnerFields(event.person?.id ?? null, person),
    course_id: event.course?.id ?? null,
    course_name: textOf(course, 'name'),
    learning_path_id: event.learningPath?.id ?? null,
    learning_path_name: textOf(path, 'name'),
    score: event.score,
  };
};
