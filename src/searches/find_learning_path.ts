import { defineSearch, type SearchPerform } from 'zapier-platform-core';

import { inputsOf, readInputs } from '../lib/fields.js';
import { learningPathSearchField } from '../resources/learning-paths/fields.js';
import { toLearningPathOutput } from '../resources/learning-paths/output.js';
import {
  learningPathOutputFields,
  learningPathSample,
} from '../resources/learning-paths/samples.js';

const fields = [learningPathSearchField] as const;

export const perform = (async (z, bundle) => {
  const { name: path } = await readInputs(z, bundle.inputData, fields);
  return path ? [toLearningPathOutput(path)] : [];
}) satisfies SearchPerform;

export default defineSearch({
  key: 'find_learning_path',
  noun: 'Learning Path',
  display: {
    label: 'Find Learning Path',
    description: 'Finds a learning path by its name or ID.',
  },
  operation: {
    inputFields: inputsOf(fields),
    perform,
    sample: learningPathSample,
    outputFields: learningPathOutputFields,
  },
});
