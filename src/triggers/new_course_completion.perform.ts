import type { PollingTriggerPerform } from 'zapier-platform-core';

import { readInputs } from '../lib/fields.js';
import { anyCourseCompletions } from '../resources/enrollments/any-course.js';
import { COMPLETE, courseEnrollmentsPath, pollEnrollments } from '../resources/enrollments/api.js';
import { toCompletionOutput } from '../resources/enrollments/output.js';
import { WATCH_BUDGET, watchEnrollments } from '../resources/enrollments/watch.js';
import { withAwards } from '../resources/transcripts/awards.js';
import { fields } from './new_course_completion.js';

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
