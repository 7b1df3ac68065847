import { defineField, defineReference } from '../../lib/fields.js';
import { optionalEmail, optionalText, requiredEmail, requiredText } from '../../lib/inputs.js';
import { findPerson, resolvePerson } from './api.js';

/** A learner by email address or Northpass learner ID, who must exist. */
export const learnerField = defineReference(
  {
    key: 'learner',
    label: 'Learner',
    required: true,
    dynamic: 'learner_list.id.email',
    search: 'find_learner.id',
    helpText:
      "Pick a learner, or map the learner's email address or Northpass learner ID from an earlier step.",
  },
  requiredText,
  (z, value, label) => resolvePerson(z, value, label),
);

/** A learner to look up by email address or ID: none is an answer, not an error. */
export const learnerSearchField = defineReference(
  {
    key: 'email',
    label: 'Email or Learner ID',
    required: true,
    helpText: "The learner's email address (letter case is ignored) or their Northpass learner ID.",
  },
  requiredText,
  (z, value, label) => findPerson(z, value, label),
);

export const emailField = defineField(
  {
    key: 'email',
    label: 'Email',
    required: true,
    helpText: "The learner's email address. Letter case and surrounding spaces are ignored.",
  },
  requiredEmail,
);

export const newEmailField = defineField(
  {
    key: 'email',
    label: 'New Email',
    required: false,
    helpText: 'Leave blank to keep the current email.',
  },
  optionalEmail,
);

export const firstNameField = defineField(
  { key: 'first_name', label: 'First Name', required: false },
  optionalText,
);

export const lastNameField = defineField(
  { key: 'last_name', label: 'Last Name', required: false },
  optionalText,
);

/** A learner by email or ID who may not exist: the value given, and the learner if there is one. */
export const maybeLearnerField = defineReference(
  learnerField.input,
  requiredText,
  async (z, value, label) => ({ value, person: await findPerson(z, value, label) }),
);
