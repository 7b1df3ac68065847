import { defineInputFields, defineTrigger, type PollingTriggerPerform } from 'zapier-platform-core';

import { requiredText } from '../lib/inputs.js';
import { courseCollection } from '../resources/courses/api.js';
import { courseField } from '../resources/courses/fields.js';
import { courseEnrollmentsPath, recentEnrollments } from '../resources/enrollments/api.js';
import {
  completionOutputFields,
  completionSample,
  toCompletionOutput,
} from '../resources/enrollments/output.js';
import { pollItems, pollLimit } from '../resources/polling.js';
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
  const course = await resolveNamed(z, courseCollection, courseRef, 'Course');
  const { enrollments, skipped } = await recentEnrollments(z, courseEnrollmentsPath(course.id), {
    limit: pollLimit(bundle),
    keep: (progress) => progress >= COMPLETE,
  });
  return pollItems(
    z,
    enrollments.map((enrollment) => toCompletionOutput(course, enrollment)),
    skipped,
  );
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
