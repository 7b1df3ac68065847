/**
 * What Zapier shows of these outputs before a step runs: a sample and the labelled output fields
 * of each. Kept apart from the outputs themselves (their schemas and mappings) so that the app's
 * definitions load without them (src/lib/later.ts).
 */
import type * as zod from 'zod/mini';

import { outputFieldsFor } from '../../lib/output.js';
import { previewOutputField } from '../school/preview.js';
import type { CourseAssignmentOutput, courseAssignmentOutputSchema } from './assignment.js';
import type { GroupOutput, createdGroupOutputSchema, GroupChoiceOutput } from './output.js';

// assignment.ts's outputs
export const courseAssignmentSample = {
  group_id: '0f3e6a52-3b8e-4d0e-9a51-7c1d2b9e4f10',
  group_name: 'Acme Corp Partners',
  course_ids: ['5b7c9d1e-2f3a-4b5c-8d6e-7f8091a2b3c4', '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'],
  course_names: ['Product Fundamentals', 'Partner Sales Certification'],
  summary: 'Acme Corp Partners now has Product Fundamentals and Partner Sales Certification.',
  preview: false,
} satisfies CourseAssignmentOutput;

export const courseAssignmentOutputFields = outputFieldsFor<
  zod.infer<typeof courseAssignmentOutputSchema>
>({
  group_id: ['Group ID'],
  group_name: ['Group Name'],
  course_ids: ['Course IDs', 'string', 'list'],
  course_names: ['Course Names', 'string', 'list'],
  summary: ['Summary'],
  preview: ['Preview Only', 'boolean'],
});

// output.ts's outputs
export const groupSample = {
  id: '0f3e6a52-3b8e-4d0e-9a51-7c1d2b9e4f10',
  name: 'Acme Corp Partners',
  created_at: '2026-03-02T14:05:11Z',
  updated_at: '2026-03-02T14:05:11Z',
  enrollment_link: 'https://acme-academy.northpass.com/groups/acme-corp-partners/join',
  member_count: 12,
} satisfies GroupOutput;

export const groupOutputFields = outputFieldsFor<GroupOutput>({
  id: ['Group ID'],
  name: ['Group Name'],
  created_at: ['Created At', 'datetime'],
  updated_at: ['Updated At', 'datetime'],
  enrollment_link: ['Enrollment Link'],
  member_count: ['Member Count', 'integer'],
});

export const createdGroupSample = {
  ...groupSample,
  outcome: 'created',
  outcome_label: 'Created',
  preview: false,
} satisfies zod.infer<typeof createdGroupOutputSchema>;

export const createdGroupOutputFields = [
  ...groupOutputFields,
  { key: 'outcome', label: 'Outcome' },
  { key: 'outcome_label', label: 'Outcome Label' },
  previewOutputField,
];

export const groupChoiceSample = {
  ...groupSample,
  label: 'Acme Corp Partners (12 members, created 2026-03-02)',
} satisfies GroupChoiceOutput;

export const groupChoiceOutputFields = [
  ...groupOutputFields,
  { key: 'label', label: 'Dropdown Label' },
];
