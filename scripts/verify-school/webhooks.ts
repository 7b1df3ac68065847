import { ask, listed, type Probe } from './answers.js';

/**
 * What a course-completed webhook body carries, read from the sent-webhooks log
 * (`GET /v2/webhooks`, about three months, filled only while some subscription receives the
 * event): the learner and the course under `included`, and the attribute holding the score.
 */

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const EVENT_TYPE = 'course_completed_events';

/** The event of a logged message: `attributes.payload.data`. */
const eventOf = (message: { attributes: Record<string, unknown> }) => {
  const payload = message.attributes.payload;
  const data = isRecord(payload) ? payload.data : undefined;
  return isRecord(data) && data.type === EVENT_TYPE ? data : undefined;
};

export const webhookEvents: Probe = async (client) => {
  const log = await ask(client, {
    path: '/v2/webhooks',
    params: { 'filter[type][in]': EVENT_TYPE, limit: 50 },
  });
  const event = listed(log).map(eventOf).find(isRecord);
  if (!event) return undefined;
  const types = new Set(
    (Array.isArray(event.included) ? event.included : []).flatMap((item: unknown) =>
      isRecord(item) && typeof item.type === 'string' ? [item.type] : [],
    ),
  );
  const included =
    types.has('people') && types.has('courses') ? 'all' : types.has('people') ? 'person' : 'none';
  const attributes = isRecord(event.attributes) ? event.attributes : {};
  const score = ['score', 'value'].find((name) => typeof attributes[name] === 'number') ?? 'none';
  const lookups = { all: 0, person: 1, none: 2 }[included];
  return {
    key: 'webhook-events',
    asked: 'What does a course-completed webhook body carry?',
    finding: `included:${included},score:${score}`,
    answer: `${
      included === 'all'
        ? 'the learner and the course'
        : included === 'person'
          ? 'the learner, and the course by id only'
          : 'the learner and the course by id only'
    }; the score ${score === 'none' ? 'nowhere' : `as \`${score}\``}`,
    effect: lookups === 0 ? 'ok' : 'slower',
    ...(lookups === 0
      ? {}
      : { note: `Read Northpass Webhook Event reads what is missing: ${lookups} request(s)` }),
  };
};
