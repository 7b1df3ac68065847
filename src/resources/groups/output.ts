import * as zod from 'zod/mini';

import { choiceLabels, createdDetail, details, membersDetail } from '../choices.js';
import { createOutcomes } from '../outcome.js';
import { groupEnrollmentLink, memberCount, type Group } from './api.js';

export const groupOutputSchema = zod.object({
  id: zod.string(),
  name: zod.string(),
  created_at: zod.nullable(zod.string()),
  updated_at: zod.nullable(zod.string()),
  enrollment_link: zod.nullable(zod.string()),
  member_count: zod.nullable(zod.number()),
});
export type GroupOutput = zod.infer<typeof groupOutputSchema>;

export const toGroupOutput = (group: Group): GroupOutput => ({
  id: group.id,
  name: group.attributes.name,
  created_at: group.attributes.created_at ?? null,
  updated_at: group.attributes.updated_at ?? null,
  enrollment_link: groupEnrollmentLink(group),
  member_count: memberCount(group),
});

/** A group a preview would create: its name, no ID, nothing else known yet. */
export const wouldBeGroup = (name: string) => ({
  id: null,
  name,
  created_at: null,
  updated_at: null,
  enrollment_link: null,
  member_count: null,
});

export const createdGroupOutputSchema = zod.extend(groupOutputSchema, {
  // a preview: a group it would create has no ID yet
  id: zod.nullable(zod.string()),
  outcome: zod.enum([...createOutcomes, 'would_create']),
  outcome_label: zod.string(),
  preview: zod.boolean(),
});

/** The groups dropdown: each group, with the label it shows (namesakes told apart). */
export const groupChoiceOutputSchema = zod.extend(groupOutputSchema, { label: zod.string() });
export type GroupChoiceOutput = zod.infer<typeof groupChoiceOutputSchema>;

export const toGroupChoices = (groups: Group[]): GroupChoiceOutput[] => {
  const outputs = groups.map(toGroupOutput);
  const labels = choiceLabels(
    outputs.map((group) => ({
      ...group,
      detail: details(membersDetail(group.member_count), createdDetail(group.created_at)),
    })),
  );
  return outputs.map((group, index) => ({ ...group, label: labels[index] ?? group.name }));
};
