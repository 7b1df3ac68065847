import { defineCreate, type CreatePerform } from 'zapier-platform-core';

import { inputsOf, readInputs, showAs } from '../lib/fields.js';
import { changedAttributes, updatePerson } from '../resources/people/api.js';
import {
  firstNameField,
  fullNameField,
  lastNameField,
  learnerField,
  namesOf,
  newEmailField,
} from '../resources/people/fields.js';
import { learnerOutputFields, learnerSample, toLearnerOutput } from '../resources/people/output.js';
import { writeThrottle } from '../resources/school/zapier-engine.js';

const fields = [
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
  showAs(fullNameField, {
    key: 'full_name',
    helpText:
      'Used only when First Name and Last Name are both blank: "Lovelace, Ada" is read as last, first; otherwise the first word is the first name and the rest the last name. Leave blank to keep the current name.',
  }),
] as const;

export const perform = (async (z, bundle) => {
  const { learner, email, ...names } = await readInputs(z, bundle.inputData, fields);
  const changes = changedAttributes(learner, { email, ...namesOf(names) });
  const updated =
    Object.keys(changes).length > 0 ? await updatePerson(z, learner, changes) : learner;
  return toLearnerOutput(updated);
}) satisfies CreatePerform;

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
    sample: learnerSample,
    outputFields: learnerOutputFields,
  },
});
