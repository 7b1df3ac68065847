import * as zod from 'zod/mini';

import { learnerOutputSchema, membershipOutputSchema, type LearnerOutput } from './output.js';

/** What a learner would be (a preview) or became (Update Learner). */

/** A learner a preview would create: what the step was given, no ID, nothing else known yet. */
export const wouldBeLearner = (
  email: string,
  names: { first_name?: string; last_name?: string },
): Omit<LearnerOutput, 'id'> & { id: null } => ({
  id: null,
  email,
  first_name: names.first_name ?? null,
  last_name: names.last_name ?? null,
  full_name: [names.first_name, names.last_name].filter(Boolean).join(' ') || null,
  registration_status: null,
  activated_at: null,
  sso_uid: null,
  disabled: null,
  created_at: null,
  updated_at: null,
});

/** Update Learner: the learner after the update, and whether anything changed. */
export const updatedLearnerOutputSchema = zod.extend(learnerOutputSchema, {
  outcome: zod.enum(['updated', 'unchanged', 'would_update']),
  outcome_label: zod.string(),
  preview: zod.boolean(),
});

/** Add Learner to Group: the learner, the groups, and what changed in one sentence. */
export const addedMembershipOutputSchema = zod.extend(membershipOutputSchema, {
  summary: zod.string(),
  preview: zod.boolean(),
});
