import { defineTrigger, type PollingTriggerPerform } from 'zapier-platform-core';

import { inputsOf, readInputs, showAs } from '../lib/fields.js';
import { courseField } from '../resources/courses/fields.js';
import { courseEnrollmentsPath, recentEnrollments } from '../resources/enrollments/api.js';
import {
  completionOutputFields,
  completionSample,
  toCompletionOutput,
} from '../resources/enrollments/output.js';
import { pollItems, pollLimit, releaseComplete } from '../resources/polling.js';

/** Northpass reports progress as a percentage; 100 is a finished course. */
const COMPLETE = 100;

const fields = [
  showAs(courseField, {
    key: 'course',
    search: undefined,
    helpText: 'The course to watch. Pick a course, or map a course ID or exact course name.',
  }),
] as const;

export const perform = (async (z, bundle) => {
  const { course } = await readInputs(z, bundle.inputData, fields);
  const { enrollments, skipped } = await recentEnrollments(z, courseEnrollmentsPath(course.id), {
    limit: pollLimit(bundle),
    keep: (progress) => progress >= COMPLETE,
  });
  const completions = enrollments.map((enrollment) => toCompletionOutput(course, enrollment));
  const released = await releaseComplete(
    z,
    bundle,
    `completions:${course.id}`,
    completions,
    (completion) => completion.learner_email !== null,
  );
  return pollItems(z, released, skipped);
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
