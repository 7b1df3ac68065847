import { defineCreate, type CreatePerform } from 'zapier-platform-core';

import { checkInputs, defineField, inputsOf, showAs } from '../lib/fields.js';
import { MAX_LIST_ITEMS, textList } from '../lib/inputs.js';
import { names } from '../resources/groups/api.js';
import { COMMAS, groupsField } from '../resources/groups/fields.js';
import { splitValuesField } from '../resources/lookup/split.js';
import { offboardLearner } from '../flows/offboarding.js';
import { learnerField } from '../resources/people/fields.js';
import {
  noSuchLearner,
  toLearnerOutput,
  type OffboardingOutput,
} from '../resources/people/output.js';
import { offboardingOutputFields, offboardingSample } from '../resources/people/samples.js';
import { writeThrottle } from '../resources/school/zapier-engine.js';
import { labelledOutcome } from '../resources/outcome.js';
import { previewField } from '../resources/school/preview.js';

const fields = [
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

export const perform = (async (z, bundle) => {
  const { learner, groups, split_values, preview } = checkInputs(bundle.inputData, fields);
  const result = await offboardLearner(z, { learner, groups, splitMode: split_values, preview });
  return {
    ...(result.person ? toLearnerOutput(result.person) : noSuchLearner(learner)),
    ...labelledOutcome(result.outcome),
    removed_group_ids: result.removed.map((group) => group.id),
    removed_group_names: names(result.removed),
    remaining_group_names: result.remaining,
    summary: result.summary,
    preview,
  } satisfies OffboardingOutput;
}) satisfies CreatePerform;

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
