import { defineTrigger } from 'zapier-platform-core';

import { inputsOf, showAs } from '../lib/fields.js';
import { optionalCourseField } from '../resources/courses/fields.js';
import {
  awardedCompletionSample,
  awardOutputFields,
  completionOutputFields,
} from '../resources/enrollments/samples.js';
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
export const perform = later(async () => (await runtime()).newCourseCompletion);

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
