import * as zod from 'zod/mini';

/** Onboard Learners: how many were created, found, added and failed, and each person's line. */

const bulkLineSchema = zod.object({
  email: zod.string(),
  learner_id: zod.nullable(zod.string()),
  outcome: zod.enum(['created', 'existing', 'would_create', 'failed']),
  error: zod.nullable(zod.string()),
});

export const bulkOnboardingOutputSchema = zod.object({
  created: zod.number(),
  existing: zod.number(),
  added: zod.number(),
  failed: zod.number(),
  learners: zod.array(bulkLineSchema),
  summary: zod.string(),
  preview: zod.boolean(),
});
export type BulkOnboardingOutput = zod.infer<typeof bulkOnboardingOutputSchema>;

/** A line-item output field: Zapier shows its children for each item. */
