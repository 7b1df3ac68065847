import * as zod from 'zod/mini';

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
