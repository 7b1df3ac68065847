import { z as zod } from 'zod';

import { outputFieldsFor } from '../../lib/output.js';
import type { Course } from '../courses/api.js';
import type { Group } from './api.js';

/** What Add Course to Group returns: the group and the courses it now has, flat. */
export const courseAssignmentOutputSchema = zod.object({
  group_id: zod.string(),
  group_name: zod.string(),
  course_ids: zod.array(zod.string()),
  course_names: zod.array(zod.string()),
});
export type CourseAssignmentOutput = zod.infer<typeof courseAssignmentOutputSchema>;

export const toCourseAssignmentOutput = (
  group: Group,
  courses: Course[],
): CourseAssignmentOutput => ({
  group_id: group.id,
  group_name: group.attributes.name,
  course_ids: courses.map((course) => course.id),
  course_names: courses.map((course) => course.attributes.name),
});

export const courseAssignmentSample = {
  group_id: '0f3e6a52-3b8e-4d0e-9a51-7c1d2b9e4f10',
  group_name: 'Acme Corp Partners',
  course_ids: ['5b7c9d1e-2f3a-4b5c-8d6e-7f8091a2b3c4', '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'],
  course_names: ['Product Fundamentals', 'Partner Sales Certification'],
} satisfies CourseAssignmentOutput;

export const courseAssignmentOutputFields = outputFieldsFor(courseAssignmentOutputSchema, {
  group_id: ['Group ID'],
  group_name: ['Group Name'],
  course_ids: ['Course IDs', 'string', 'list'],
  course_names: ['Course Names', 'string', 'list'],
});
