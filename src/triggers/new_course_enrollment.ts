import { defineTrigger, type PollingTriggerPerform } from 'zapier-platform-core';

import { inputsOf, readInputs, showAs } from '../lib/fields.js';
import { optionalCourseField } from '../resources/courses/fields.js';
import { anyCourseEnrollments } from '../resources/enrollments/any-course.js';
import { courseEnrollmentsPath, pollEnrollments } from '../resources/enrollments/api.js';
import { toCompletionOutput } from '../resources/enrollments/output.js';
import { enrollmentOutputFields, enrollmentSample } from '../resources/enrollments/samples.js';
import { watchEnrollments } from '../resources/enrollments/watch.js';

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
  if (!course) return (await watchEnrollments(z, bundle, anyCourseEnrollments)).items;
  return pollEnrollments(z, bundle, {
    path: courseEnrollmentsPath(course.id),
    stream: `enrollments:${course.id}`,
    keep: () => true,
    order: 'recently enrolled',
    toItem: (enrollment) => toCompletionOutput(course, enrollment),
  });
}) satisfies PollingTriggerPerform;

export default defineTrigger({
  key: 'new_course_enrollment',
  noun: 'Course Enrollment',
  display: {
    label: 'New Course Enrollment',
    description: 'Triggers when a learner is enrolled in the chosen course, or in any course.',
  },
  operation: {
    type: 'polling',
    inputFields: inputsOf(fields),
    perform,
    sample: enrollmentSample,
    outputFields: enrollmentOutputFields,
  },
});
