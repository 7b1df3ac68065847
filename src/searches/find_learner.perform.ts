import type { SearchPerform } from 'zapier-platform-core';

import { readInputs } from '../lib/fields.js';
import { learnerGroupsOf } from '../resources/people/learner-groups.js';
import { toLearnerOutput } from '../resources/people/output.js';
import { fields } from './find_learner.js';

export const perform = (async (z, bundle) => {
  const { email: learner } = await readInputs(z, bundle.inputData, fields);
  if (!learner) return [];
  const [groups] = await learnerGroupsOf(z, [{ person: learner }]);
  return [{ ...toLearnerOutput(learner), ...groups }];
}) satisfies SearchPerform;
