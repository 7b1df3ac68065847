import { defineCreate, defineInputFields, type CreatePerform } from 'zapier-platform-core';

import { optionalEmail, optionalText, requiredText } from '../lib/inputs.js';
import {
  changedAttributes,
  resolvePerson,
  updatePerson,
  type PersonAttributes,
} from '../resources/people/api.js';
import { firstNameField, lastNameField, learnerField } from '../resources/people/fields.js';
import { learnerOutputFields, learnerSample, toLearnerOutput } from '../resources/people/output.js';

const inputFields = defineInputFields([
  learnerField,
  {
    key: 'email',
    label: 'New Email',
    required: false,
    helpText: 'Leave blank to keep the current email.',
  },
  { ...firstNameField, helpText: 'Leave blank to keep the current first name.' },
  { ...lastNameField, helpText: 'Leave blank to keep the current last name.' },
]);

export const perform = (async (z, bundle) => {
  const { inputData } = bundle;
  const learnerRef = requiredText(inputData.learner, 'Learner');
  const wanted: PersonAttributes = {
    email: optionalEmail(inputData.email, 'New Email'),
    first_name: optionalText(inputData.first_name, 'First Name'),
    last_name: optionalText(inputData.last_name, 'Last Name'),
  };
  const person = await resolvePerson(z, learnerRef, 'Learner');
  const changes = changedAttributes(person, wanted);
  const updated = Object.keys(changes).length > 0 ? await updatePerson(z, person, changes) : person;
  return toLearnerOutput(updated);
}) satisfies CreatePerform<typeof inputFields>;

export default defineCreate({
  key: 'update_learner',
  noun: 'Learner',
  display: {
    label: 'Update Learner',
    description: "Changes a learner's email or name; blank fields keep their current values.",
  },
  operation: { inputFields, perform, sample: learnerSample, outputFields: learnerOutputFields },
});
