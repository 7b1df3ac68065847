import { defineCreate, defineInputFields, type CreatePerform } from 'zapier-platform-core';

import {
  booleanInput,
  MAX_LIST_ITEMS,
  optionalText,
  requiredEmail,
  textList,
} from '../lib/inputs.js';
import { coursesField } from '../resources/courses/fields.js';
import { groupsField } from '../resources/groups/fields.js';
import { onboardLearner } from '../resources/onboarding.js';
import { emailField, firstNameField, lastNameField } from '../resources/people/fields.js';
import {
  onboardingOutputFields,
  onboardingSample,
  toMembershipOutput,
} from '../resources/people/output.js';

const inputFields = defineInputFields([
  {
    ...emailField,
    helpText:
      "The learner's email address. A new learner is created and emailed an invitation (unless your school uses SSO); an existing one is found, never duplicated.",
  },
  firstNameField,
  lastNameField,
  {
    ...groupsField,
    helpText: `Groups to add the learner to: pick them, or map group IDs or exact names (up to ${MAX_LIST_ITEMS}). Group members get the group's courses.`,
  },
  {
    ...coursesField,
    required: false,
    helpText: `Courses to assign to every group above (optional, up to ${MAX_LIST_ITEMS}). Pick them, or map course IDs or exact names.`,
  },
  {
    key: 'create_missing_groups',
    label: 'Create Missing Groups',
    type: 'boolean',
    required: false,
    default: 'true',
    helpText:
      'Create a group named above that does not exist yet. If off, a missing group stops the step before anything changes.',
  },
  {
    key: 'resend_invitation_if_pending',
    label: 'Resend Invitation If Pending',
    type: 'boolean',
    required: false,
    default: 'false',
    helpText:
      'Resend the invitation when the learner already existed but has not joined yet. The link in earlier invitations stops working.',
  },
]);

export const perform = (async (z, bundle) => {
  const { inputData } = bundle;
  const email = requiredEmail(inputData.email, 'Email');
  const firstName = optionalText(inputData.first_name, 'First Name');
  const lastName = optionalText(inputData.last_name, 'Last Name');
  const groupRefs = textList(inputData.groups, 'Groups', { required: true, max: MAX_LIST_ITEMS });
  const courseRefs = textList(inputData.courses, 'Courses', {
    required: false,
    max: MAX_LIST_ITEMS,
  });
  const result = await onboardLearner(z, {
    learner: {
      email,
      ...(firstName ? { first_name: firstName } : {}),
      ...(lastName ? { last_name: lastName } : {}),
    },
    groupRefs,
    courseRefs,
    createMissingGroups: booleanInput(
      inputData.create_missing_groups,
      'Create Missing Groups',
      true,
    ),
    resendIfPending: booleanInput(
      inputData.resend_invitation_if_pending,
      'Resend Invitation If Pending',
      false,
    ),
  });
  return {
    ...toMembershipOutput(result.person, result.groups),
    learner_outcome: result.learnerOutcome,
    course_ids: result.courses.map((course) => course.id),
    course_names: result.courses.map((course) => course.attributes.name),
    summary: result.summary,
  };
}) satisfies CreatePerform<typeof inputFields>;

export default defineCreate({
  key: 'onboard_learner',
  noun: 'Onboarding',
  display: {
    label: 'Onboard Learner',
    description:
      'Finds or creates a learner, finds or creates their groups, assigns courses to the groups and adds the learner, all in one step.',
  },
  operation: {
    inputFields,
    perform,
    sample: onboardingSample,
    outputFields: onboardingOutputFields,
  },
});
