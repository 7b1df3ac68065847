import { defineCreate, type CreatePerform } from 'zapier-platform-core';

import { checkInputs, inputsOf, showAs } from '../lib/fields.js';
import { findOrCreatePerson, findPersonByEmail } from '../resources/people/api.js';
import { labelledOutcome } from '../resources/outcome.js';
import { previewField } from '../resources/school/preview.js';
import { learnerGroupsOf, NO_GROUPS } from '../resources/people/learner-groups.js';
import { learnerGroupsOutputFields, learnerGroupsSample } from '../resources/people/samples.js';
import {
  emailField,
  firstNameField,
  fullNameField,
  lastNameField,
  namesOf,
} from '../resources/people/fields.js';
import { toLearnerOutput } from '../resources/people/output.js';
import { createdLearnerOutputFields, createdLearnerSample } from '../resources/people/samples.js';
import { wouldBeLearner } from '../resources/people/changes-output.js';
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
  previewField,
] as const;

export const perform = (async (z, bundle) => {
  const input = checkInputs(bundle.inputData, fields);
  const { preview } = input;
  if (preview) {
    const existing = await findPersonByEmail(z, input.email);
    const [groups] = existing ? await learnerGroupsOf(z, [{ person: existing }]) : [NO_GROUPS];
    return existing
      ? { ...toLearnerOutput(existing), ...groups, ...labelledOutcome('existing'), preview }
      : {
          ...wouldBeLearner(input.email, namesOf(input)),
          ...NO_GROUPS,
          ...labelledOutcome('would_create'),
          preview,
        };
  }
  const { person, outcome } = await findOrCreatePerson(z, {
    email: input.email,
    ...namesOf(input),
  });
  const [groups] = await learnerGroupsOf(z, [{ person, created: outcome === 'created' }]);
  return { ...toLearnerOutput(person), ...groups, ...labelledOutcome(outcome), preview };
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
    sample: { ...createdLearnerSample, ...learnerGroupsSample },
    outputFields: [...createdLearnerOutputFields, ...learnerGroupsOutputFields],
  },
});
