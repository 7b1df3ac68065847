import type { SearchPerform } from 'zapier-platform-core';

import { readInputs } from '../lib/fields.js';
import { toGroupOutput } from '../resources/groups/output.js';
import { fields } from './find_group.js';

export const perform = (async (z, bundle) => {
  const { name: group } = await readInputs(z, bundle.inputData, fields);
  return group ? [toGroupOutput(group)] : [];
}) satisfies SearchPerform;
