import { defineCreate, defineInputFields, type CreatePerform } from 'zapier-platform-core';

import { optionalText, requiredEmail } from '../lib/inputs.js';
import { findOrCreatePerson } from '../resources/people/api.js';
import { emailField, firstNameField, lastNameField } from '../resources/people/fields.js';
import {
  createdLearnerOutputFields,
  createdLearnerSample,
  toLearnerOutput,
} from '../resources/people/output.js';

const inputFields = defineInputFields([
  {
    ...emailField,
    helpText:
      "The learner's email address. Northpass emails a new learner an invitation to join (unless your school signs learners in with SSO). A learner who already exists is returned as they are, with no new invitation.",
  },
  firstNameField,
  lastNameField,
]);

export const perform = (async (z, bundle) => {
  const email = requiredEmail(bundle.inputData.email, 'Email');
  const firstName = optionalText(bundle.inputData.first_name, 'First Name');
  const lastName = optionalText(bundle.inputData.last_name, 'Last Name');
  const { person, outcome } = await findOrCreatePerson(z, {
    email,
    ...(firstName ? { first_name: firstName } : {}),
    ...(lastName ? { last_name: lastName } : {}),
  });
  return { ...toLearnerOutput(person), outcome };
}) satisfies CreatePerform<typeof inputFields>;

export default defineCreate({
  key: 'create_learner',
  noun: 'Learner',
  display: {
    label: 'Create Learner',
    description:
      'Adds a learner by email and invites them, or returns the learner who already has that email.',
  },
  operation: {
    inputFields,
    perform,
    sample: createdLearnerSample,
    outputFields: createdLearnerOutputFields,
  },
});
