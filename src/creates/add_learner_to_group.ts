import { defineCreate } from 'zapier-platform-core';

import { inputsOf } from '../lib/fields.js';
import { groupsField } from '../resources/groups/fields.js';
import { previewField, previewOutputField } from '../resources/school/preview.js';
import { learnerField } from '../resources/people/fields.js';
import { membershipOutputFields, membershipSample } from '../resources/people/samples.js';
import { writeThrottle } from '../resources/school/zapier-engine.js';
import { splitValuesField } from '../resources/lookup/split.js';
import { later, runtime } from '../lib/later.js';

export const fields = [learnerField, groupsField, splitValuesField, previewField] as const;

/** What the step does: loaded when it runs (src/lib/later.ts). */
export const perform = later(async () => (await runtime()).addLearnerToGroup);

export default defineCreate({
  key: 'add_learner_to_group',
  noun: 'Group Membership',
  display: {
    label: 'Add Learner to Group',
    description: "Adds a learner to one or more groups, giving them the groups' courses.",
  },
  operation: {
    throttle: writeThrottle,
    inputFields: inputsOf(fields),
    perform,
    sample: {
      ...membershipSample,
      summary: 'Added katherine@example.com to Acme Corp Partners.',
      preview: false,
    },
    outputFields: [
      ...membershipOutputFields,
      { key: 'summary', label: 'Summary' },
      previewOutputField,
    ],
  },
});
