import { defineField, defineReference } from '../../lib/fields.js';
import {
  booleanWithDefault,
  optionalEmail,
  optionalText,
  requiredEmail,
  requiredText,
} from '../../lib/inputs.js';
import { later, runtime } from '../../lib/later.js';

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
  later(async () => (await runtime()).resolvePerson),
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
  later(async () => (await runtime()).findPerson),
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
  async (z, value, label) => ({
    value,
    person: await (await runtime()).findPerson(z, value, label),
  }),
);

export const fullNameField = defineField(
  {
    key: 'full_name',
    label: 'Full Name',
    required: false,
    helpText:
      'Used only when First Name and Last Name are both blank (a CRM that sends one name): "Lovelace, Ada" is read as last, first; otherwise the first word is the first name and the rest the last name.',
  },
  optionalText,
);

/**
 * The first and last name to send: as given, or, when both are blank, read from the full name
 * ("Last, First" honoured; otherwise the first word, then the rest; one word is a first name).
 */
export const namesOf = (input: {
  first_name?: string | undefined;
  last_name?: string | undefined;
  full_name?: string | undefined;
}): { first_name?: string; last_name?: string } => {
  const { first_name, last_name, full_name } = input;
  if (first_name || last_name || !full_name) {
    return { ...(first_name ? { first_name } : {}), ...(last_name ? { last_name } : {}) };
  }
  const comma = full_name.indexOf(',');
  const [first, last] =
    comma > 0
      ? [full_name.slice(comma + 1).trim(), full_name.slice(0, comma).trim()]
      : [full_name.split(' ')[0] ?? '', full_name.split(' ').slice(1).join(' ')];
  return { ...(first ? { first_name: first } : {}), ...(last ? { last_name: last } : {}) };
};

/** Onboarding's choice: resend the invitation of a learner who exists but never joined. */
export const resendIfPendingField = defineField(
  {
    key: 'resend_invitation_if_pending',
    label: 'Resend Invitation If Pending',
    type: 'boolean',
    required: false,
    default: 'false',
    helpText:
      'Resend the invitation when the learner already existed but has not joined yet. The link in earlier invitations stops working.',
  },
  booleanWithDefault(false),
);
