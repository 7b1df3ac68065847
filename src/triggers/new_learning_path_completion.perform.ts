import type { PollingTriggerPerform } from 'zapier-platform-core';

import { readInputs } from '../lib/fields.js';
import { COMPLETE, pollEnrollments } from '../resources/enrollments/api.js';
import { toPathCompletionOutput } from '../resources/enrollments/output.js';
import { learningPathEnrollmentsPath } from '../resources/learning-paths/api.js';
import { fields } from './new_learning_path_completion.js';

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
