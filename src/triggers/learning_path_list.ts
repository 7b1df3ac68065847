import { defineTrigger, type PollingTriggerPerform } from 'zapier-platform-core';

import { listLearningPaths } from '../resources/learning-paths/api.js';
import { toLearningPathOutput } from '../resources/learning-paths/output.js';
import {
  learningPathOutputFields,
  learningPathSample,
} from '../resources/learning-paths/samples.js';
import { dropdownPage, pollItems } from '../resources/polling.js';

export const perform = (async (z, bundle) => {
  const { items, skipped } = await listLearningPaths(z, { page: dropdownPage(bundle) });
  return pollItems(z, items.map(toLearningPathOutput), skipped);
}) satisfies PollingTriggerPerform;

export default defineTrigger({
  key: 'learning_path_list',
  noun: 'Learning Path',
  display: {
    label: 'List Learning Paths',
    description: 'Lists learning paths for choosing one in a dropdown.',
    hidden: true,
  },
  operation: {
    type: 'polling',
    canPaginate: true,
    perform,
    sample: learningPathSample,
    outputFields: learningPathOutputFields,
  },
});
