import { defineTrigger } from 'zapier-platform-core';

import { inputsOf, showAs } from '../lib/fields.js';
import { groupFilterField } from '../resources/groups/fields.js';
import {
  learnerGroupsOutputFields,
  learnerGroupsSample,
  learnerOutputFields,
  learnerSample,
} from '../resources/people/samples.js';
import { later, runtime } from '../lib/later.js';

export const fields = [
  showAs(groupFilterField, {
    key: 'group',
    helpText:
      'Only trigger for new learners in this group: pick it from the list, or type its exact name or ID. Leave blank for every new learner.',
  }),
] as const;

/** What the step does: loaded when it runs (src/lib/later.ts). */
export const perform = later(async () => (await runtime()).newLearner);

export default defineTrigger({
  key: 'new_learner',
  noun: 'Learner',
  display: {
    label: 'New Learner',
    description: 'Triggers when a new learner is added, optionally only in one group.',
  },
  operation: {
    type: 'polling',
    inputFields: inputsOf(fields),
    perform,
    sample: { ...learnerSample, ...learnerGroupsSample },
    outputFields: [...learnerOutputFields, ...learnerGroupsOutputFields],
  },
});
