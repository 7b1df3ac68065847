import * as zod from 'zod/mini';

import { outputFieldsFor } from '../../lib/output.js';

/** Read Northpass Webhook Event: one flat record, whatever the event (blank where it says nothing). */
export const webhookEventOutputSchema = zod.object({
  event_type: zod.string(),
  event_id: zod.string(),
  occurred_at: zod.nullable(zod.string()),
  learner_id: zod.nullable(zod.string()),
  learner_email: zod.nullable(zod.string()),
  learner_first_name: zod.nullable(zod.string()),
  learner_last_name: zod.nullable(zod.string()),
  learner_name: zod.nullable(zod.string()),
  course_id: zod.nullable(zod.string()),
  course_name: zod.nullable(zod.string()),
  learning_path_id: zod.nullable(zod.string()),
  learning_path_name: zod.nullable(zod.string()),
  score: zod.nullable(zod.number()),
});
export type WebhookEventOutput = zod.infer<typeof webhookEventOutputSchema>;

export const webhookEventSample = {
  event_type: 'course_completed_events',
  event_id: '2d4f6a8c-1b3d-4e5f-8a7b-9c0d1e2f3a4b',
  occurred_at: '2026-11-24T15:42:10Z',
  learner_id: '7c4e9a12-6b3d-4e8f-9a10-2b3c4d5e6f70',
  learner_email: 'katherine@example.com',
  learner_first_name: 'Katherine',
  learner_last_name: 'Johnson',
  learner_name: 'Katherine Johnson',
  course_id: '9e8d7c6b-5a49-4382-8716-05f4e3d2c1b0',
  course_name: 'Orbital Mechanics Basics',
  learning_path_id: null,
  learning_path_name: null,
  score: 88,
} satisfies WebhookEventOutput;

export const webhookEventOutputFields = outputFieldsFor<WebhookEventOutput>({
  event_type: ['Event Type'],
  event_id: ['Event ID'],
  occurred_at: ['Occurred At', 'datetime'],
  learner_id: ['Learner ID'],
  learner_email: ['Learner Email'],
  learner_first_name: ['Learner First Name'],
  learner_last_name: ['Learner Last Name'],
  learner_name: ['Learner Name'],
  course_id: ['Course ID'],
  course_name: ['Course Name'],
  learning_path_id: ['Learning Path ID'],
  learning_path_name: ['Learning Path Name'],
  score: ['Score', 'number'],
});
