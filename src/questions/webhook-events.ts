import type { Question } from './question.js';

export const webhookEvents = {
  id: 'webhook-events',
  asks: 'What does a course-completed webhook body carry beyond the documented envelope: the learner and the course under `included`, and the score under which attribute?',
  hope: 'Like the documented learner-created event: the learner and the course under `included` (no request), the score as `attributes.score`',
  owns: ['webhookIncluded', 'webhookScore'],
  alternatives: [
    {
      label: 'webhook bodies with only the learner under `included`',
      switches: { webhookIncluded: 'person' },
      cost: 'Read Northpass Webhook Event reads the course by its id: 1 request',
      effect: 'slower',
    },
    {
      label: 'webhook bodies with ids only (no `included`)',
      switches: { webhookIncluded: 'none' },
      cost: 'Read Northpass Webhook Event reads the learner and the course by their ids: 2 requests, in parallel',
      effect: 'slower',
    },
    {
      label: 'the score as `attributes.value` (as quiz-completed events carry it)',
      switches: { webhookScore: 'value' },
      cost: 'none: both attributes are read',
      effect: 'same',
    },
  ],
  operations: {
    keys: ['read_webhook_event'],
    when: 'a webhook body names a learner or course it does not include',
  },
  probe: 'webhook-events',
  readme: {
    ifNot:
      'the step reads what the body lacks by id (the learner, the course); a score under `value` is read too',
    cost: 'at most 2 requests a step instead of none',
  },
} as const satisfies Question;
