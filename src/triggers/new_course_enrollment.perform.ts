import type { PollingTriggerPerform } from 'zapier-platform-core';

import { readInputs } from '../lib/fields.js';
import { anyCourseEnrollments } from '../resources/enrollments/any-course.js';
import { courseEnrollmentsPath, pollEnrollments } from '../resources/enrollments/api.js';
import { toCompletionOutput } from '../resources/enrollments/output.js';
import { watchEnrollments } from '../resources/enrollments/watch.js';
import { fields } from './new_course_enrollment.js';

export const perform = (async (z, bundle) => {
  const { course } = await readInputs(z, bundle.inputData, fields);
  if (!course) return (await watchEnrollments(z, bundle, anyCourseEnrollments)).items;
  return pollEnrollments(z, bundle, {
    path: courseEnrollmentsPath(course.id),
    stream: `enrollments:${course.id}`,
    keep: () => true,
    order: 'recently enrolled',
    toItem: (enrollment) => toCompletionOutput(course, enrollment),
  });
}) satisfies PollingTriggerPerform;
