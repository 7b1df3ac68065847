import { defineCreate } from 'zapier-platform-core';

import { defineField, inputsOf, showAs } from '../lib/fields.js';
import { MAX_LIST_ITEMS, textList } from '../lib/inputs.js';
import { COMMAS, groupsField } from '../resources/groups/fields.js';
import { splitValuesField } from '../resources/lookup/split.js';
import { learnerField } from '../resources/people/fields.js';
import { offboardingOutputFields, offboardingSample } from '../resources/people/samples.js';
import { writeThrottle } from '../resources/school/zapier-engine.js';
import { previewField } from '../resources/school/preview.js';
import { later, runtime } from '../lib/later.js';

export const fields = [
  showAs(learnerField, {
    key: 'learner',
    helpText:
      "The learner's email address or Northpass learner ID. Someone who is not a learner is left as they are: the step succeeds and its Outcome says so.",
  }),
  defineField(
    {
      ...groupsField.input,
      required: false,
      helpText: `Groups to remove the learner from (up to ${MAX_LIST_ITEMS}). Leave blank to remove them from every group they are in. ${COMMAS}`,
    },
    (value, label) => textList(value, label, { required: false, max: MAX_LIST_ITEMS }),
  ),
  splitValuesField,
  previewField,
] as const;

/** What the step does: loaded when it runs (src/lib/later.ts). */
export const perform = later(async () => (await runtime()).offboardLearner);

export default defineCreate({
  key: 'offboard_learner',
  noun: 'Offboarding',
  display: {
    label: 'Offboard Learner',
    description:
      'Removes a learner from the named groups, or from every group they are in, ending their access to those courses.',
  },
  operation: {
    throttle: writeThrottle,
    inputFields: inputsOf(fields),
    perform,
    sample: offboardingSample,
    outputFields: offboardingOutputFields,
  },
});
