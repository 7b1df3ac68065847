import * as zod from 'zod/mini';

import { listing } from '../../lib/errors.js';
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
