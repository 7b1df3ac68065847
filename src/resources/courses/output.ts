import * as zod from 'zod/mini';

import { linkHref } from '../../client/jsonapi.js';
import type { Course } from './api.js';
import { choiceLabels, createdDetail } from '../choices.js';
import { statusLabel, statusMark } from './status.js';

export const courseOutputSchema = zod.object({
  id: zod.string(),
  name: zod.string(),
  status: zod.nullable(zod.string()),
  status_label: zod.nullable(zod.string()),
  permalink: zod.nullable(zod.string()),
  short_description: zod.nullable(zod.string()),
  enrollments_count: zod.nullable(zod.number()),
  enroll_url: zod.nullable(zod.string()),
  created_at: zod.nullable(zod.string()),
  updated_at: zod.nullable(zod.string()),
});
export type CourseOutput = zod.infer<typeof courseOutputSchema>;

export const toCourseOutput = (course: Course): CourseOutput => ({
  id: course.id,
  name: course.attributes.name,
  status: course.attributes.status ?? null,
  status_label: statusLabel(course.attributes.status),
  permalink: course.attributes.permalink ?? null,
  short_description: course.attributes.short_description ?? null,
  enrollments_count: course.attributes.enrollments_count ?? null,
  // the enroll link, or the older attribute some schools still carry
  enroll_url: linkHref(course.links?.enroll) ?? linkHref(course.attributes.course_enrollment_link),
  created_at: course.attributes.created_at ?? null,
  updated_at: course.attributes.updated_at ?? null,
});

/** The courses dropdown: each course, with the label it shows (status and namesakes told). */
export const courseChoiceOutputSchema = zod.extend(courseOutputSchema, { label: zod.string() });
export type CourseChoiceOutput = zod.infer<typeof courseChoiceOutputSchema>;

export const toCourseChoices = (courses: Course[]): CourseChoiceOutput[] => {
  const outputs = courses.map(toCourseOutput);
  const labels = choiceLabels(
    outputs.map((course) => ({
      ...course,
      mark: statusMark(course.status),
      detail: createdDetail(course.created_at),
    })),
  );
  return outputs.map((course, index) => ({ ...course, label: labels[index] ?? course.name }));
};
