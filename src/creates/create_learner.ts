import { defineCreate, type CreatePerform } from 'zapier-platform-core';

import { checkInputs, inputsOf, showAs } from '../lib/fields.js';
import { findOrCreatePerson } from '../resources/people/api.js';
import {
  emailField,
  firstNameField,
  fullNameField,
  lastNameField,
  namesOf,
} from '../resources/people/fields.js';
import {
  createdLearnerOutputFields,
  createdLearnerSample,
  toLearnerOutput,
} from '../resources/people/output.js';
import { writeThrottle } from '../resources/school/zapier-engine.js';

const fields = [
  showAs(emailField, {
    key: 'email',
    helpText:
      "The learner's email address. Northpass emails a new learner an invitation to join (unless your school signs learners in with SSO). A learner who already exists is returned as they are, with no new invitation.",
  }),
  firstNameField,
  lastNameField,
  fullNameField,
] as const;

export const perform = (async (z, bundle) => {
  const input = checkInputs(bundle.inputData, fields);
  const { person, outcome } = await findOrCreatePerson(z, {
    email: input.email,
    ...namesOf(input),
  });
  return { ...toLearnerOutput(person), outcome };
}) satisfies CreatePerform;

export default defineCreate({
  key: 'create_learner',
  noun: 'Learner',
  display: {
    label: 'Create Learner',
    description:
      'Adds a learner by email and invites them, or returns the learner who already has that email.',
  },
  operation: {
    throttle: writeThrottle,
    inputFields: inputsOf(fields),
    perform,
    sample: createdLearnerSample,
    outputFields: createdLearnerOutputFields,
  },
});
