import { defineSearch, type SearchPerform } from 'zapier-platform-core';

import { inputsOf, readInputs } from '../lib/fields.js';
import { courseSearchField } from '../resources/courses/fields.js';
import { toCourseOutput } from '../resources/courses/output.js';
import { courseOutputFields, courseSample } from '../resources/courses/samples.js';
import { learnPublishedWord } from '../resources/courses/status.js';

const fields = [courseSearchField] as const;

export const perform = (async (z, bundle) => {
  const { name: course } = await readInputs(z, bundle.inputData, fields);
  if (!course) return [];
  await learnPublishedWord(z, [course]);
  return [toCourseOutput(course)];
}) satisfies SearchPerform;

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
