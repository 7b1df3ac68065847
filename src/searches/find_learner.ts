import { defineSearch, type SearchPerform } from 'zapier-platform-core';

import { inputsOf, readInputs } from '../lib/fields.js';
import { learnerSearchField } from '../resources/people/fields.js';
import { learnerGroupsOf } from '../resources/people/learner-groups.js';
import { learnerGroupsOutputFields, learnerGroupsSample } from '../resources/people/samples.js';
import { toLearnerOutput } from '../resources/people/output.js';
import { learnerOutputFields, learnerSample } from '../resources/people/samples.js';

const fields = [learnerSearchField] as const;

export const perform = (async (z, bundle) => {
  const { email: learner } = await readInputs(z, bundle.inputData, fields);
  if (!learner) return [];
  const [groups] = await learnerGroupsOf(z, [{ person: learner }]);
  return [{ ...toLearnerOutput(learner), ...groups }];
}) satisfies SearchPerform;

export default defineSearch({
  key: 'find_learner',
  noun: 'Learner',
  display: {
    label: 'Find Learner',
    description: 'Finds a learner by email address or ID.',
  },
  operation: {
    inputFields: inputsOf(fields),
    perform,
    sample: { ...learnerSample, ...learnerGroupsSample },
    outputFields: [...learnerOutputFields, ...learnerGroupsOutputFields],
  },
});
