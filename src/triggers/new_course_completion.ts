import { defineTrigger, type PollingTriggerPerform } from 'zapier-platform-core';

import { inputsOf, readInputs, showAs } from '../lib/fields.js';
import { courseField } from '../resources/courses/fields.js';
import { COMPLETE, courseEnrollmentsPath, pollEnrollments } from '../resources/enrollments/api.js';
import {
  completionOutputFields,
  completionSample,
  toCompletionOutput,
} from '../resources/enrollments/output.js';

const fields = [
  showAs(courseField, {
    key: 'course',
    search: undefined,
    helpText: 'The course to watch: pick it from the list, or type its exact name or ID.',
  }),
] as const;

export const perform = (async (z, bundle) => {
  const { course } = await readInputs(z, bundle.inputData, fields);
  return pollEnrollments(z, bundle, {
    path: courseEnrollmentsPath(course.id),
    stream: `completions:${course.id}`,
    keep: (progress) => progress >= COMPLETE,
    order: 'recently active',
    completionsOf: 'course',
    toItem: (enrollment) => toCompletionOutput(course, enrollment),
  });
}) satisfies PollingTriggerPerform;

export default defineTrigger({
  key: 'new_course_completion',
  noun: 'Course Completion',
  display: {
    label: 'New Course Completion',
    description: 'Triggers when a learner completes the chosen course.',
  },
  operation: {
    type: 'polling',
    inputFields: inputsOf(fields),
    perform,
    sample: completionSample,
    outputFields: completionOutputFields,
  },
});
