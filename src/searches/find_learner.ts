import { defineSearch, type SearchPerform } from 'zapier-platform-core';

import { inputsOf, readInputs } from '../lib/fields.js';
import { learnerSearchField } from '../resources/people/fields.js';
import { learnerOutputFields, learnerSample, toLearnerOutput } from '../resources/people/output.js';

const fields = [learnerSearchField] as const;

export const perform = (async (z, bundle) => {
  const { email: learner } = await readInputs(z, bundle.inputData, fields);
  return learner ? [toLearnerOutput(learner)] : [];
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
    sample: learnerSample,
    outputFields: learnerOutputFields,
  },
});
