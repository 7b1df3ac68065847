import { defineInputFields, defineSearch, type SearchPerform } from 'zapier-platform-core';

import { requiredText } from '../lib/inputs.js';
import { courseCollection } from '../resources/courses/api.js';
import { courseOutputFields, courseSample, toCourseOutput } from '../resources/courses/output.js';
import { findNamed } from '../resources/references.js';

const inputFields = defineInputFields([
  {
    key: 'name',
    label: 'Course Name or ID',
    required: true,
    helpText:
      'The exact course name (letter case and extra spaces are ignored when nothing matches exactly), or a course ID.',
  },
]);

export const perform = (async (z, bundle) => {
  const value = requiredText(bundle.inputData.name, 'Course Name or ID');
  const course = await findNamed(z, courseCollection, value, 'Course Name or ID');
  return course ? [toCourseOutput(course)] : [];
}) satisfies SearchPerform<typeof inputFields>;

export default defineSearch({
  key: 'find_course',
  noun: 'Course',
  display: {
    label: 'Find Course',
    description: 'Finds a course by its name or ID.',
  },
  operation: { inputFields, perform, sample: courseSample, outputFields: courseOutputFields },
});
