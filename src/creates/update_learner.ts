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
import { toLearnerOutput } from '../resources/people/output.js';
import { learnerOutputFields, learnerSample } from '../resources/people/samples.js';
import { labelledOutcome } from '../resources/outcome.js';
import { previewField, previewOutputField } from '../resources/school/preview.js';
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
  previewField,
  showAs(fullNameField, {
    key: 'full_name',
    helpText:
      'Used only when First Name and Last Name are both blank: "Lovelace, Ada" is read as last, first; otherwise the first word is the first name and the rest the last name. Leave blank to keep the current name.',
  }),
] as const;

export const perform = (async (z, bundle) => {
  const { learner, email, preview, ...names } = await readInputs(z, bundle.inputData, fields);
  const changes = changedAttributes(learner, { email, ...namesOf(names) });
  const changed = Object.keys(changes).length > 0;
  if (preview) {
    // the learner as the update would leave them; nothing is sent
    const renamed = changes.first_name !== undefined || changes.last_name !== undefined;
    const attributes = {
      ...learner.attributes,
      ...changes,
      ...(renamed ? { full_name: null, name: null } : {}),
    };
    const after = { ...learner, attributes };
    return {
      ...toLearnerOutput(after),
      preview,
      ...labelledOutcome(changed ? 'would_update' : 'unchanged'),
    };
  }
  const updated = changed ? await updatePerson(z, learner, changes) : learner;
  return {
    ...toLearnerOutput(updated),
    preview,
    ...labelledOutcome(changed ? 'updated' : 'unchanged'),
  };
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
    sample: { ...learnerSample, outcome: 'updated', outcome_label: 'Updated', preview: false },
    outputFields: [
      ...learnerOutputFields,
      { key: 'outcome', label: 'Outcome' },
      { key: 'outcome_label', label: 'Outcome Label' },
      previewOutputField,
    ],
  },
});
