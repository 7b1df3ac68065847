import * as zod from 'zod/mini';

import type { Group } from '../groups/api.js';
import { createOutcomes } from '../outcome.js';
import type { Person } from './api.js';
import { invitationOutcomes } from './invitations.js';

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

/** Create Learner: the learner, and whether they were created or already there. */
export const createdLearnerOutputSchema = zod.extend(learnerOutputSchema, {
  id: zod.nullable(zod.string()),
  outcome: zod.enum([...createOutcomes, 'would_create']),
  outcome_label: zod.string(),
  preview: zod.boolean(),
});
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

/** Resend Invitation: the learner and when the new invitation went out. */
export const invitationOutputSchema = zod.extend(learnerOutputSchema, {
  invitation_sent_at: zod.string(),
});
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

/** Offboard Learner: a removal, the groups the learner is still in, and one sentence. */
export const offboardingOutputSchema = zod.extend(removalOutputSchema, {
  /** null when Northpass does not say which other groups the learner is in */
  remaining_group_names: zod.nullable(zod.array(zod.string())),
  outcome_label: zod.string(),
  summary: zod.string(),
  preview: zod.boolean(),
});
export type OffboardingOutput = zod.infer<typeof offboardingOutputSchema>;
