import { defineCreate } from 'zapier-platform-core';

import { inputsOf, showAs } from '../lib/fields.js';
import {
  firstNameField,
  fullNameField,
  lastNameField,
  learnerField,
  newEmailField,
} from '../resources/people/fields.js';
import { learnerOutputFields, learnerSample } from '../resources/people/samples.js';
import { previewField, previewOutputField } from '../resources/school/preview.js';
import { writeThrottle } from '../resources/school/zapier-engine.js';
import { later, runtime } from '../lib/later.js';

export const fields = [
  learnerField,
  newEmailField,
  showAs(firstNameField, {
    key: 'first_name',
    helpText: 'Leave blank to keep the current first name.',
  }),
  showAs(lastNameField, {
    key: 'last_name',
    helpText: 'Leave blank to keep the current last name.',
  }),
  previewField,
  showAs(fullNameField, {
    key: 'full_name',
    helpText:
      'Used only when First Name and Last Name are both blank: "Lovelace, Ada" is read as last, first; otherwise the first word is the first name and the rest the last name. Leave blank to keep the current name.',
  }),
] as const;

/** What the step does: loaded when it runs (src/lib/later.ts). */
export const perform = later(async () => (await runtime()).updateLearner);

export default defineCreate({
  key: 'update_learner',
  noun: 'Learner',
  display: {
    label: 'Update Learner',
    description: "Changes a learner's email or name; blank fields keep their current values.",
  },
  operation: {
    throttle: writeThrottle,
    inputFields: inputsOf(fields),
    perform,
    sample: { ...learnerSample, outcome: 'updated', outcome_label: 'Updated', preview: false },
    outputFields: [
      ...learnerOutputFields,
      { key: 'outcome', label: 'Outcome' },
      { key: 'outcome_label', label: 'Outcome Label' },
      previewOutputField,
    ],
  },
});
