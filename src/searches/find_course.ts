import { defineSearch } from 'zapier-platform-core';

import { inputsOf } from '../lib/fields.js';
import { courseSearchField } from '../resources/courses/fields.js';
import { courseOutputFields, courseSample } from '../resources/courses/samples.js';
import { later, runtime } from '../lib/later.js';

export const fields = [courseSearchField] as const;

/** What the step does: loaded when it runs (src/lib/later.ts). */
export const perform = later(async () => (await runtime()).findCourse);

export default defineSearch({
  key: 'find_course',
  noun: 'Course',
  display: {
    label: 'Find Course',
    description: 'Finds a course by its name or ID.',
  },
  operation: {
    inputFields: inputsOf(fields),
    perform,
    sample: courseSample,
    outputFields: courseOutputFields,
  },
});
