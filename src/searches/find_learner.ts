import { defineInputFields, defineSearch, type SearchPerform } from 'zapier-platform-core';

import { requiredText } from '../lib/inputs.js';
import { findPerson } from '../resources/people/api.js';
import { learnerOutputFields, learnerSample, toLearnerOutput } from '../resources/people/output.js';

const inputFields = defineInputFields([
  {
    key: 'email',
    label: 'Email or Learner ID',
    required: true,
    helpText: "The learner's email address (letter case is ignored) or their Northpass learner ID.",
  },
]);

export const perform = (async (z, bundle) => {
  const value = requiredText(bundle.inputData.email, 'Email or Learner ID');
  const person = await findPerson(z, value, 'Email or Learner ID');
  return person ? [toLearnerOutput(person)] : [];
}) satisfies SearchPerform<typeof inputFields>;

export default defineSearch({
  key: 'find_learner',
  noun: 'Learner',
  display: {
    label: 'Find Learner',
    description: 'Finds a learner by email address or ID.',
  },
  operation: { inputFields, perform, sample: learnerSample, outputFields: learnerOutputFields },
});
