import { defineTrigger, type PollingTriggerPerform } from 'zapier-platform-core';

import { inputsOf, readInputs, showAs } from '../lib/fields.js';
import { optionalCourseField } from '../resources/courses/fields.js';
import { anyCourseCompletions } from '../resources/enrollments/any-course.js';
import { COMPLETE, courseEnrollmentsPath, pollEnrollments } from '../resources/enrollments/api.js';
import { toCompletionOutput } from '../resources/enrollments/output.js';
import {
  awardedCompletionSample,
  awardOutputFields,
  completionOutputFields,
} from '../resources/enrollments/samples.js';
import { WATCH_BUDGET, watchEnrollments } from '../resources/enrollments/watch.js';
import { withAwards } from '../resources/transcripts/awards.js';

const fields = [
  showAs(optionalCourseField, {
    key: 'course',
    search: undefined,
    placeholder: 'Any course',
    helpText:
      'The course to watch: pick it from the list, or type its exact name or ID. Leave blank for any course: the whole school is read in turns, 20 courses a poll.',
  }),
] as const;

export const perform = (async (z, bundle) => {
  const { course } = await readInputs(z, bundle.inputData, fields);
  if (!course) {
    const { items, spent } = await watchEnrollments(z, bundle, anyCourseCompletions);
    return withAwards(z, bundle, anyCourseCompletions.stream, items, WATCH_BUDGET - spent);
  }
  const items = await pollEnrollments(z, bundle, {
    path: courseEnrollmentsPath(course.id),
    stream: `completions:${course.id}`,
    keep: (progress) => progress >= COMPLETE,
    order: 'recently active',
    completionsOf: 'course',
    toItem: (enrollment) => toCompletionOutput(course, enrollment),
  });
  return withAwards(z, bundle, `completions:${course.id}`, items);
}) satisfies PollingTriggerPerform;

export default defineTrigger({
  key: 'new_course_completion',
  noun: 'Course Completion',
  display: {
    label: 'New Course Completion',
    description: 'Triggers when a learner completes the chosen course, or any course.',
  },
  operation: {
    type: 'polling',
    inputFields: inputsOf(fields),
    perform,
    sample: awardedCompletionSample,
    outputFields: [...completionOutputFields, ...awardOutputFields],
  },
});
