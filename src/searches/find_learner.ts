import { defineSearch } from 'zapier-platform-core';

import { inputsOf } from '../lib/fields.js';
import { learnerSearchField } from '../resources/people/fields.js';
import {
  learnerGroupsOutputFields,
  learnerGroupsSample,
  learnerOutputFields,
  learnerSample,
} from '../resources/people/samples.js';
import { later, runtime } from '../lib/later.js';

export const fields = [learnerSearchField] as const;

/** What the step does: loaded when it runs (src/lib/later.ts). */
export const perform = later(async () => (await runtime()).findLearner);

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
