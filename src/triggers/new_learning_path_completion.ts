import { defineTrigger } from 'zapier-platform-core';

import { inputsOf, showAs } from '../lib/fields.js';
import {
  pathCompletionOutputFields,
  pathCompletionSample,
} from '../resources/enrollments/samples.js';
import { learningPathField } from '../resources/learning-paths/fields.js';
import { later, runtime } from '../lib/later.js';

export const fields = [
  showAs(learningPathField, {
    key: 'learning_path',
    helpText: 'The learning path to watch: pick it from the list, or type its exact name or ID.',
  }),
] as const;

/** What the step does: loaded when it runs (src/lib/later.ts). */
export const perform = later(async () => (await runtime()).newLearningPathCompletion);

export default defineTrigger({
  key: 'new_learning_path_completion',
  noun: 'Learning Path Completion',
  display: {
    label: 'New Learning Path Completion',
    description: 'Triggers when a learner completes the chosen learning path.',
  },
  operation: {
    type: 'polling',
    inputFields: inputsOf(fields),
    perform,
    sample: pathCompletionSample,
    outputFields: pathCompletionOutputFields,
  },
});
