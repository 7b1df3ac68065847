import type { SearchPerform } from 'zapier-platform-core';

import { readInputs } from '../lib/fields.js';
import { toLearningPathOutput } from '../resources/learning-paths/output.js';
import { fields } from './find_learning_path.js';

export const perform = (async (z, bundle) => {
  const { name: path } = await readInputs(z, bundle.inputData, fields);
  return path ? [toLearningPathOutput(path)] : [];
}) satisfies SearchPerform;
