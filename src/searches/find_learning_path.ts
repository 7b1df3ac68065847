import { defineSearch } from 'zapier-platform-core';

import { inputsOf } from '../lib/fields.js';
import { learningPathSearchField } from '../resources/learning-paths/fields.js';
import {
  learningPathOutputFields,
  learningPathSample,
} from '../resources/learning-paths/samples.js';
import { later, runtime } from '../lib/later.js';

export const fields = [learningPathSearchField] as const;

/** What the step does: loaded when it runs (src/lib/later.ts). */
export const perform = later(async () => (await runtime()).findLearningPath);

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
