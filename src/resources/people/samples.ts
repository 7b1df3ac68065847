/**
 * What Zapier shows of these outputs before a step runs: a sample and the labelled output fields
 * of each. Kept apart from the outputs themselves (their schemas and mappings) so that the app's
 * definitions load without them (src/lib/later.ts).
 */
import type * as zod from 'zod/mini';

import { type LineItemsField, type OutputField, outputFieldsFor } from '../../lib/output.js';
import { previewOutputField } from '../school/preview.js';
import type { BulkOnboardingOutput } from './bulk-output.js';
import type { LearnerGroups } from './learner-groups.js';
import type {
  LearnerOutput,
  createdLearnerOutputSchema,
  MembershipOutput,
  invitationOutputSchema,
  OnboardingOutput,
  RemovalOutput,
  OffboardingOutput,
} from './output.js';
import type { LearnerRemovalOutput } from './removal.js';

// bulk-output.ts's outputs
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

// learner-groups.ts's outputs
export const learnerGroupsOutputFields: OutputField[] = [
  { key: 'learner_group_ids', label: 'All Group IDs', list: true },
  { key: 'learner_group_names', label: 'All Group Names', list: true },
];

export const learnerGroupsSample: LearnerGroups = {
  learner_group_ids: ['0f3e6a52-3b8e-4d0e-9a51-7c1d2b9e4f10'],
  learner_group_names: ['Acme Corp Partners'],
};

// output.ts's outputs
export const learnerSample = {
  id: '7c4e9a12-6b3d-4e8f-9a10-2b3c4d5e6f70',
  email: 'katherine@example.com',
  first_name: 'Katherine',
  last_name: 'Johnson',
  full_name: 'Katherine Johnson',
  registration_status: 'not_activated',
  activated_at: null,
  sso_uid: null,
  disabled: false,
  created_at: '2026-11-20T10:00:00Z',
  updated_at: '2026-11-20T10:00:00Z',
} satisfies LearnerOutput;

export const learnerOutputFields = outputFieldsFor<LearnerOutput>({
  id: ['Learner ID'],
  email: ['Email'],
  first_name: ['First Name'],
  last_name: ['Last Name'],
  full_name: ['Full Name'],
  registration_status: ['Registration Status'],
  activated_at: ['Activated At', 'datetime'],
  sso_uid: ['SSO UID'],
  disabled: ['Disabled', 'boolean'],
  created_at: ['Created At', 'datetime'],
  updated_at: ['Updated At', 'datetime'],
});

export const createdLearnerSample = {
  ...learnerSample,
  outcome: 'created',
  outcome_label: 'Created',
  preview: false,
} satisfies zod.infer<typeof createdLearnerOutputSchema>;

export const createdLearnerOutputFields: OutputField[] = [
  ...learnerOutputFields,
  { key: 'outcome', label: 'Outcome' },
  { key: 'outcome_label', label: 'Outcome Label' },
  previewOutputField,
];

export const membershipSample = {
  ...learnerSample,
  group_ids: ['0f3e6a52-3b8e-4d0e-9a51-7c1d2b9e4f10'],
  group_names: ['Acme Corp Partners'],
} satisfies MembershipOutput;

export const membershipOutputFields: OutputField[] = [
  ...learnerOutputFields,
  { key: 'group_ids', label: 'Group IDs', list: true },
  { key: 'group_names', label: 'Group Names', list: true },
];

export const invitationSample = {
  ...learnerSample,
  invitation_sent_at: '2026-11-26T09:12:44Z',
} satisfies zod.infer<typeof invitationOutputSchema>;

export const invitationOutputFields: OutputField[] = [
  ...learnerOutputFields,
  { key: 'invitation_sent_at', label: 'Invitation Sent At', type: 'datetime' },
];

export const onboardingSample = {
  ...membershipSample,
  learner_outcome: 'created',
  course_ids: ['5b7c9d1e-2f3a-4b5c-8d6e-7f8091a2b3c4'],
  course_names: ['Product Fundamentals'],
  summary:
    'Created learner katherine@example.com, created group Acme Corp Partners, assigned 1 course to Acme Corp Partners, added to Acme Corp Partners.',
  invitation_outcome: 'invited_by_northpass',
  preview: false,
} satisfies OnboardingOutput;

export const onboardingOutputFields: OutputField[] = [
  ...membershipOutputFields,
  { key: 'learner_outcome', label: 'Learner Outcome' },
  { key: 'course_ids', label: 'Course IDs', list: true },
  { key: 'course_names', label: 'Course Names', list: true },
  { key: 'summary', label: 'Summary' },
  // invited_by_northpass (created: Northpass sent its own invitation unless the school uses SSO),
  // sent, not_pending (already joined), recently_invited (held back: invited in the last ten
  // minutes), not_asked (pending, resend off), not_available (the school's API cannot resend)
  { key: 'invitation_outcome', label: 'Invitation Outcome' },
  previewOutputField,
];

export const removalSample = {
  ...learnerSample,
  outcome: 'removed',
  removed_group_ids: ['0f3e6a52-3b8e-4d0e-9a51-7c1d2b9e4f10'],
  removed_group_names: ['Acme Corp Partners'],
} satisfies RemovalOutput;

export const removalOutputFields: OutputField[] = [
  ...learnerOutputFields,
  { key: 'outcome', label: 'Outcome' },
  { key: 'removed_group_ids', label: 'Removed From Group IDs', list: true },
  { key: 'removed_group_names', label: 'Removed From Group Names', list: true },
];

export const offboardingSample = {
  ...removalSample,
  remaining_group_names: ['Existing Customers'],
  outcome_label: 'Removed',
  preview: false,
  summary: 'Removed katherine@example.com from Acme Corp Partners; still in Existing Customers.',
} satisfies OffboardingOutput;

export const offboardingOutputFields: OutputField[] = [
  ...removalOutputFields,
  { key: 'remaining_group_names', label: 'Still In Group Names', list: true },
  { key: 'outcome_label', label: 'Outcome Label' },
  { key: 'summary', label: 'Summary' },
  previewOutputField,
];

// removal.ts's outputs
export const learnerRemovalSample = {
  ...removalSample,
  outcome_label: 'Removed',
  summary: 'Removed katherine@example.com from Acme Corp Partners.',
  preview: false,
} satisfies LearnerRemovalOutput;

export const learnerRemovalOutputFields: OutputField[] = [
  ...removalOutputFields,
  { key: 'outcome_label', label: 'Outcome Label' },
  { key: 'summary', label: 'Summary' },
  previewOutputField,
];
