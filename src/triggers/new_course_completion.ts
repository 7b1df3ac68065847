import { defineInputFields, defineTrigger, type PollingTriggerPerform } from 'zapier-platform-core';

import { pollLimit } from '../client/config.js';
import { requiredText } from '../lib/inputs.js';
import { metaOf } from '../lib/meta.js';
import { courseKind } from '../resources/courses/api.js';
import { courseField } from '../resources/courses/fields.js';
import { listCourseEnrollments } from '../resources/enrollments/api.js';
import {
  completionOutputFields,
  completionSample,
  toCompletionOutput,
} from '../resources/enrollments/output.js';
import { resolveNamed } from '../resources/references.js';

/** Northpass reports progress as a percentage; 100 is a finished course. */
const COMPLETE = 100;

const inputFields = defineInputFields([
  {
    ...courseField,
    helpText: 'The course to watch. Pick a course, or map a course ID or exact course name.',
  },
]);

export const perform = (async (z, bundle) => {
  const courseRef = requiredText(bundle.inputData.course, 'Course');
  const course = await resolveNamed(z, courseKind, courseRef, 'Course');
  const enrollments = await listCourseEnrollments(
    z,
    course.id,
    pollLimit(metaOf(bundle).isLoadingSample),
  );
  return enrollments
    .filter((enrollment) => enrollment.progress >= COMPLETE)
    .sort((a, b) => (b.completedAt ?? '').localeCompare(a.completedAt ?? ''))
    .map((enrollment) => toCompletionOutput(course, enrollment));
}) satisfies PollingTriggerPerform<typeof inputFields>;

export default defineTrigger({
  key: 'new_course_completion',
  noun: 'Course Completion',
  display: {
    label: 'New Course Completion',
    description: 'Triggers when a learner completes the chosen course.',
  },
  operation: {
    type: 'polling',
    inputFields,
    perform,
    sample: completionSample,
    outputFields: completionOutputFields,
  },
});
