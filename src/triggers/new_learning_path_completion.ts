import { defineTrigger, type PollingTriggerPerform } from 'zapier-platform-core';

import { inputsOf, readInputs, showAs } from '../lib/fields.js';
import { COMPLETE, pollEnrollments } from '../resources/enrollments/api.js';
import { toPathCompletionOutput } from '../resources/enrollments/output.js';
import {
  pathCompletionOutputFields,
  pathCompletionSample,
} from '../resources/enrollments/samples.js';
import { learningPathEnrollmentsPath } from '../resources/learning-paths/api.js';
import { learningPathField } from '../resources/learning-paths/fields.js';

const fields = [
  showAs(learningPathField, {
    key: 'learning_path',
    helpText: 'The learning path to watch: pick it from the list, or type its exact name or ID.',
  }),
] as const;

export const perform = (async (z, bundle) => {
  const { learning_path: path } = await readInputs(z, bundle.inputData, fields);
  return pollEnrollments(z, bundle, {
    path: learningPathEnrollmentsPath(path.id),
    stream: `path-completions:${path.id}`,
    keep: (progress) => progress >= COMPLETE,
    order: 'recently active',
    completionsOf: 'learning path',
    toItem: (enrollment) => toPathCompletionOutput(path, enrollment),
  });
}) satisfies PollingTriggerPerform;

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
