import { defineCreate } from 'zapier-platform-core';

import { inputsOf, showAs } from '../lib/fields.js';
import { previewField } from '../resources/school/preview.js';
import {
  learnerGroupsOutputFields,
  learnerGroupsSample,
  createdLearnerOutputFields,
  createdLearnerSample,
} from '../resources/people/samples.js';
import {
  emailField,
  firstNameField,
  fullNameField,
  lastNameField,
} from '../resources/people/fields.js';
import { writeThrottle } from '../resources/school/zapier-engine.js';
import { later, runtime } from '../lib/later.js';

export const fields = [
  showAs(emailField, {
    key: 'email',
    helpText:
      "The learner's email address. Northpass emails a new learner an invitation to join (unless your school signs learners in with SSO). A learner who already exists is returned as they are, with no new invitation.",
  }),
  firstNameField,
  lastNameField,
  fullNameField,
  previewField,
] as const;

/** What the step does: loaded when it runs (src/lib/later.ts). */
export const perform = later(async () => (await runtime()).createLearner);

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
    sample: { ...createdLearnerSample, ...learnerGroupsSample },
    outputFields: [...createdLearnerOutputFields, ...learnerGroupsOutputFields],
  },
});
