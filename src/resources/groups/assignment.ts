import * as zod from 'zod/mini';

import { listing } from '../../lib/errors.js';
import { outputFieldsFor } from '../../lib/output.js';
import type { Course } from '../courses/api.js';
import { courseTitle } from '../courses/assignable.js';
import type { Group } from './api.js';
import type { WriteResult } from './relationships.js';

/** What Add Course to Group returns: the group and the courses it now has, flat. */
export const courseAssignmentOutputSchema = zod.object({
  group_id: zod.string(),
  group_name: zod.string(),
  course_ids: zod.array(zod.string()),
  course_names: zod.array(zod.string()),
  summary: zod.string(),
  preview: zod.boolean(),
});
export type CourseAssignmentOutput = zod.infer<typeof courseAssignmentOutputSchema>;

/**
 * What changed, for a CRM note: the courses the group's record showed it lacked are "assigned";
 * where the record lists no courses, what the group now has (Northpass's 2xx does not say which
 * were new); none new (confirmed) is "already had". A course not published says so: "(draft)".
 */
const assignmentSummary = (
  group: Group,
  courses: Course[],
  result: WriteResult,
  newlyAssigned?: Course[],
): string => {
  const titles = listing(courses.map(courseTitle), 160);
  const name = group.attributes.name;
  if (result === 'unchanged') return `${name} already had ${titles}: nothing changed.`;
  return newlyAssigned
    ? `Assigned ${listing(newlyAssigned.map(courseTitle), 160)} to ${name}.`
    : `${name} now has ${titles}.`;
};

export const toCourseAssignmentOutput = (
  group: Group,
  courses: Course[],
  result: WriteResult,
  /** The courses the group was known to lack, when its record lists its courses. */
  newlyAssigned?: Course[],
): Omit<CourseAssignmentOutput, 'preview'> => ({
  group_id: group.id,
  group_name: group.attributes.name,
  course_ids: courses.map((course) => course.id),
  course_names: courses.map((course) => course.attributes.name),
  summary: assignmentSummary(group, courses, result, newlyAssigned),
});

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
