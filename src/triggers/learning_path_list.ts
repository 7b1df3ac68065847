import { defineTrigger } from 'zapier-platform-core';

import {
  learningPathOutputFields,
  learningPathSample,
} from '../resources/learning-paths/samples.js';
import { later, runtime } from '../lib/later.js';

/** What the step does: loaded when it runs (src/lib/later.ts). */
export const perform = later(async () => (await runtime()).learningPathList);

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
