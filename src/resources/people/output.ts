import * as zod from 'zod/mini';

import { outputFieldsFor, type OutputField } from '../../lib/output.js';
import type { Group } from '../groups/api.js';
import { createOutcomes } from '../outcome.js';
import type { Person } from './api.js';
import { invitationOutcomes } from './invitations.js';
import { previewOutputField } from '../school/preview.js';

export const learnerOutputSchema = zod.object({
  id: zod.string(),
  email: zod.string(),
  first_name: zod.nullable(zod.string()),
  last_name: zod.nullable(zod.string()),
  full_name: zod.nullable(zod.string()),
  registration_status: zod.nullable(zod.string()),
  activated_at: zod.nullable(zod.string()),
  sso_uid: zod.nullable(zod.string()),
  disabled: zod.nullable(zod.boolean()),
  created_at: zod.nullable(zod.string()),
  updated_at: zod.nullable(zod.string()),
});
export type LearnerOutput = zod.infer<typeof learnerOutputSchema>;

export const toLearnerOutput = (person: Person): LearnerOutput => {
  const { attributes } = person;
  const names = [attributes.first_name, attributes.last_name].filter(Boolean).join(' ');
  return {
    id: person.id,
    email: attributes.email,
    first_name: attributes.first_name ?? null,
    last_name: attributes.last_name ?? null,
    full_name: attributes.full_name ?? attributes.name ?? (names || null),
    registration_status: attributes.registration_status ?? null,
    activated_at: attributes.activated_at ?? null,
    sso_uid: attributes.sso_uid ?? null,
    disabled: attributes.disabled ?? null,
    created_at: attributes.created_at ?? null,
    updated_at: attributes.updated_at ?? null,
  };
};

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

/** Create Learner: the learner, and whether they were created or already there. */
export const createdLearnerOutputSchema = zod.extend(learnerOutputSchema, {
  id: zod.nullable(zod.string()),
  outcome: zod.enum([...createOutcomes, 'would_create']),
  outcome_label: zod.string(),
  preview: zod.boolean(),
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

/** Add/Remove Learner to/from Group: the learner and the groups concerned. */
export const membershipOutputSchema = zod.extend(learnerOutputSchema, {
  group_ids: zod.array(zod.string()),
  group_names: zod.array(zod.string()),
});
export type MembershipOutput = zod.infer<typeof membershipOutputSchema>;

export const toMembershipOutput = (person: Person, groups: Group[]): MembershipOutput => ({
  ...toLearnerOutput(person),
  group_ids: groups.map((group) => group.id),
  group_names: groups.map((group) => group.attributes.name),
});

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

/** Resend Invitation: the learner and when the new invitation went out. */
export const invitationOutputSchema = zod.extend(learnerOutputSchema, {
  invitation_sent_at: zod.string(),
});
export const invitationSample = {
  ...learnerSample,
  invitation_sent_at: '2026-11-26T09:12:44Z',
} satisfies zod.infer<typeof invitationOutputSchema>;
export const invitationOutputFields: OutputField[] = [
  ...learnerOutputFields,
  { key: 'invitation_sent_at', label: 'Invitation Sent At', type: 'datetime' },
];

/** Onboard Learner: the learner, what became of them, their groups and courses, in one sentence too. */
export const onboardingOutputSchema = zod.extend(membershipOutputSchema, {
  // a preview: the learner and groups it would create have no ID yet
  id: zod.nullable(zod.string()),
  group_ids: zod.array(zod.nullable(zod.string())),
  learner_outcome: zod.enum([...createOutcomes, 'would_create']),
  course_ids: zod.array(zod.string()),
  course_names: zod.array(zod.string()),
  summary: zod.string(),
  invitation_outcome: zod.enum([...invitationOutcomes, 'would_invite', 'would_resend']),
  preview: zod.boolean(),
});
export type OnboardingOutput = zod.infer<typeof onboardingOutputSchema>;

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

/** What a removal found: removed from some groups, in none of them, or no such learner at all. */
export const removalOutcomes = [
  'removed',
  'not_a_member',
  'no_such_learner',
  'would_remove',
] as const;

/**
 * Remove Learner from Group: the learner (only the email or ID given, when there is no such
 * learner), what became of them, and the groups they were removed from.
 */
export const removalOutputSchema = zod.extend(learnerOutputSchema, {
  id: zod.nullable(zod.string()),
  email: zod.nullable(zod.string()),
  outcome: zod.enum(removalOutcomes),
  removed_group_ids: zod.array(zod.string()),
  removed_group_names: zod.array(zod.string()),
});
export type RemovalOutput = zod.infer<typeof removalOutputSchema>;

/** A learner who does not exist, as an output: the email or ID given, and nothing else. */
export const noSuchLearner = (value: string) => ({
  id: value.includes('@') ? null : value,
  email: value.includes('@') ? value.trim().toLowerCase() : null,
  first_name: null,
  last_name: null,
  full_name: null,
  registration_status: null,
  activated_at: null,
  sso_uid: null,
  disabled: null,
  created_at: null,
  updated_at: null,
});

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

/** Offboard Learner: a removal, the groups the learner is still in, and one sentence. */
export const offboardingOutputSchema = zod.extend(removalOutputSchema, {
  /** null when Northpass does not say which other groups the learner is in */
  remaining_group_names: zod.nullable(zod.array(zod.string())),
  outcome_label: zod.string(),
  summary: zod.string(),
  preview: zod.boolean(),
});
export type OffboardingOutput = zod.infer<typeof offboardingOutputSchema>;

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
