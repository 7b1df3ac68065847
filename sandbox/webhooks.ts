/**
 * Northpass's webhooks, as its Webhooks app would send them for the sandbox's school: bodies in
 * the documented shape (JSON:API, `included` inside `data`), signed as documented (Base64
 * HMAC-SHA256 of the raw body, keyed with the school's webhook secret, in the
 * `X-Northpass-Hmac-SHA256` header). What the documentation leaves open for course completions
 * (what is included, where the score is) follows the `webhookIncluded` and `webhookScore`
 * switches. Written apart from the app's own check, so the two can catch each other out.
 */
import { createHash, createHmac } from 'node:crypto';

import { courseResource, type Resource, type View } from './http/resources.ts';
import type { Person } from './store/records.ts';

/** The school's shared secret in the sandbox's Webhooks app. */
export const WEBHOOK_SECRET = 'sandbox-webhook-secret';
export const SIGNATURE_HEADER = 'X-Northpass-Hmac-SHA256';

export const webhookTypes = ['learner_created_events', 'course_completed_events'] as const;
export type WebhookType = (typeof webhookTypes)[number];

/** A webhook as sent: its type, the exact body and the signature header's value. */
export interface SentWebhook {
  type: WebhookType;
  createdAt: string;
  body: string;
  signature: string;
}

export const sign = (body: string, secret = WEBHOOK_SECRET): string =>
  createHmac('sha256', secret).update(body).digest('base64');

/** A stable UUID-shaped id for an event: the same event always has the same id. */
const eventId = (...parts: string[]): string => {
  const hex = createHash('sha256').update(parts.join(':')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

/** The person as the documented learner-created body includes them (no `last_name` there). */
const includedPerson = (view: View, person: Person): Resource => {
  const fullName = [person.first_name, person.last_name].filter(Boolean).join(' ') || null;
  return {
    id: person.id,
    type: 'people',
    links: {
      self: `${view.origin}/v2/people/${person.id}`,
      teaching: `https://app.northpass.example/people/${person.id}`,
    },
    attributes: {
      name: fullName,
      email: person.email,
      sso_uid: person.sso_uid,
      full_name: fullName,
      created_at: person.created_at,
      first_name: person.first_name,
      updated_at: person.updated_at,
      activated_at: person.activated_at,
      unsubscribed: false,
    },
    relationships: { school: { data: { id: view.store.schoolId, type: 'schools' } } },
  };
};

const toOne = (type: string, id: string) => ({ data: { id, type } });

/** A learner-created event for a person: the learner always included, as documented. */
const learnerCreated = (view: View, person: Person) => ({
  createdAt: person.created_at,
  data: {
    id: eventId('learner_created_events', person.id),
    type: 'learner_created_events',
    links: {},
    included: [includedPerson(view, person)],
    attributes: { created_at: person.created_at },
    relationships: { person: toOne('people', person.id) },
  },
});

/** A course-completed event, or undefined when the person has not completed the course. */
const courseCompleted = (view: View, person: Person, courseId: string) => {
  const { store } = view;
  const progress = store.progress.get(`${person.id}:${courseId}`);
  const course = store.courses.get(courseId);
  if (!course || !progress || progress.progress < 100 || !progress.completed_at) return undefined;
  const { webhookIncluded, webhookScore } = store.switches;
  const included = [
    ...(webhookIncluded === 'none' ? [] : [includedPerson(view, person)]),
    ...(webhookIncluded === 'all' ? [courseResource(view, course)] : []),
  ];
  return {
    createdAt: progress.completed_at,
    data: {
      id: eventId('course_completed_events', person.id, courseId, progress.completed_at),
      type: 'course_completed_events',
      links: {},
      ...(included.length > 0 ? { included } : {}),
      attributes: {
        created_at: progress.completed_at,
        ...(progress.score === null ? {} : { [webhookScore]: progress.score }),
      },
      relationships: { person: toOne('people', person.id), course: toOne('courses', courseId) },
    },
  };
};

/** The webhook Northpass would send for this event; undefined when it did not happen. */
export const renderWebhook = (
  view: View,
  event: { type: WebhookType; person: Person; courseId?: string },
  secret = WEBHOOK_SECRET,
): SentWebhook | undefined => {
  const rendered =
    event.type === 'learner_created_events'
      ? learnerCreated(view, event.person)
      : courseCompleted(view, event.person, event.courseId ?? '');
  if (!rendered) return undefined;
  const body = JSON.stringify({ data: rendered.data });
  return { type: event.type, createdAt: rendered.createdAt, body, signature: sign(body, secret) };
};

/** Every webhook the school has sent (its subscription takes both types), oldest first. */
export const sentWebhooks = (view: View): SentWebhook[] => {
  const { store } = view;
  const sent = [...store.people.values()].flatMap((person) => {
    const created = renderWebhook(view, { type: 'learner_created_events', person });
    const completed = [...store.courses.keys()].map((courseId) =>
      renderWebhook(view, { type: 'course_completed_events', person, courseId }),
    );
    return [created, ...completed].flatMap((item) => (item ? [item] : []));
  });
  return sent.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
};
