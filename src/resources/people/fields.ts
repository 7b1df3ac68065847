import { defineInputField } from 'zapier-platform-core';

export const learnerField = defineInputField({
  key: 'learner',
  label: 'Learner',
  required: true,
  helpText:
    "The learner's email address or Northpass learner ID, usually mapped from an earlier step.",
});

export const emailField = defineInputField({
  key: 'email',
  label: 'Email',
  required: true,
  helpText: "The learner's email address. Letter case and surrounding spaces are ignored.",
});

export const firstNameField = defineInputField({
  key: 'first_name',
  label: 'First Name',
  required: false,
});

export const lastNameField = defineInputField({
  key: 'last_name',
  label: 'Last Name',
  required: false,
});
