import * as zod from 'zod/mini';

import type { OutputField } from '../../lib/output.js';
import { previewOutputField } from '../school/preview.js';

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

export const bulkOnboardingSample = {
  created: 2,
  existing: 1,
  added: 3,
  failed: 1,
  learners: [
    {
      email: 'katherine@example.com',
      learner_id: '8d2f4a61-5c3b-4e7a-9f10-2b6c8d4e1a37',
      outcome: 'created',
      error: null,
    },
    {
      email: 'dorothy@example.com',
      learner_id: '1e5b7c93-8a2d-4f6e-b0c4-7d9e2f1a3b58',
      outcome: 'created',
      error: null,
    },
    {
      email: 'mary@example.com',
      learner_id: '4c8a2e1f-6b3d-4a9e-8f7c-5d2b1e9a0c46',
      outcome: 'existing',
      error: null,
    },
    {
      email: 'not-an-email',
      learner_id: null,
      outcome: 'failed',
      error: 'Learners Email: "not-an-email" is not a valid email address.',
    },
  ],
  summary:
    'Created 2 learners, 1 already in Northpass, added 3 learners to Acme Corp Partners. 1 failed: not-an-email (Learners Email: "not-an-email" is not a valid email address.)',
  preview: false,
} satisfies BulkOnboardingOutput;

/** A line-item output field: Zapier shows its children for each item. */
type LineItemsField = OutputField & { children: OutputField[] };

export const bulkOnboardingOutputFields: (OutputField | LineItemsField)[] = [
  { key: 'created', label: 'Learners Created', type: 'integer' },
  { key: 'existing', label: 'Learners Already in Northpass', type: 'integer' },
  { key: 'added', label: 'Learners Added', type: 'integer' },
  { key: 'failed', label: 'Learners Failed', type: 'integer' },
  {
    key: 'learners',
    label: 'Learners',
    children: [
      { key: 'email', label: 'Learner Email' },
      { key: 'learner_id', label: 'Learner ID' },
      // created, existing, would_create (Preview on) or failed
      { key: 'outcome', label: 'Learner Outcome' },
      { key: 'error', label: 'Learner Error' },
    ],
  },
  { key: 'summary', label: 'Summary' },
  previewOutputField,
];
