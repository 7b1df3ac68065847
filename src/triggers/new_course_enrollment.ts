import { defineTrigger } from 'zapier-platform-core';

import { inputsOf, showAs } from '../lib/fields.js';
import { optionalCourseField } from '../resources/courses/fields.js';
import { enrollmentOutputFields, enrollmentSample } from '../resources/enrollments/samples.js';
import { later, runtime } from '../lib/later.js';

export const fields = [
  showAs(optionalCourseField, {
    key: 'course',
    search: undefined,
    placeholder: 'Any course',
    helpText:
      'The course to watch: pick it from the list, or type its exact name or ID. Leave blank for any course: the whole school is read in turns, 20 courses a poll.',
  }),
] as const;

/** What the step does: loaded when it runs (src/lib/later.ts). */
export const perform = later(async () => (await runtime()).newCourseEnrollment);

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
