import { defineCreate } from 'zapier-platform-core';

import { inputsOf, showAs } from '../lib/fields.js';
import { MAX_LIST_ITEMS } from '../lib/inputs.js';
import { COMMAS, groupsField } from '../resources/groups/fields.js';
import { previewField } from '../resources/school/preview.js';
import { splitValuesField } from '../resources/lookup/split.js';
import { maybeLearnerField } from '../resources/people/fields.js';
import { learnerRemovalOutputFields, learnerRemovalSample } from '../resources/people/samples.js';
import { writeThrottle } from '../resources/school/zapier-engine.js';
import { later, runtime } from '../lib/later.js';

export const fields = [
  maybeLearnerField,
  showAs(groupsField, {
    key: 'groups',
    helpText: `Groups to remove the learner from: pick them, or map group IDs or names, up to ${MAX_LIST_ITEMS}. Someone who is not a member, or no learner at all, is left as they are and the step succeeds, saying so in Outcome. ${COMMAS}`,
  }),
  splitValuesField,
  previewField,
] as const;

/** What the step does: loaded when it runs (src/lib/later.ts). */
export const perform = later(async () => (await runtime()).removeLearnerFromGroup);

export default defineCreate({
  key: 'remove_learner_from_group',
  noun: 'Group Membership',
  display: {
    label: 'Remove Learner from Group',
    description:
      "Removes a learner from one or more groups, ending their access to the groups' courses.",
  },
  operation: {
    throttle: writeThrottle,
    inputFields: inputsOf(fields),
    perform,
    sample: learnerRemovalSample,
    outputFields: learnerRemovalOutputFields,
  },
});
