/**
 * What Zapier shows of these outputs before a step runs: a sample and the labelled output fields
 * of each. Kept apart from the outputs themselves (their schemas and mappings) so that the app's
 * definitions load without them (src/lib/later.ts).
 */
import { outputFieldsFor } from '../../lib/output.js';
import type { WebhookEventOutput } from './output.js';

// output.ts's outputs
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
