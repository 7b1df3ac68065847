import { defineCreate } from 'zapier-platform-core';

import { inputsOf, showAs } from '../lib/fields.js';
import { MAX_LIST_ITEMS } from '../lib/inputs.js';
import { optionalCoursesField } from '../resources/courses/fields.js';
import { COMMAS, createMissingGroupsField, groupNamesField } from '../resources/groups/fields.js';
import { previewField } from '../resources/school/preview.js';
import {
  learnerGroupsOutputFields,
  learnerGroupsSample,
  onboardingOutputFields,
  onboardingSample,
} from '../resources/people/samples.js';
import { splitValuesField } from '../resources/lookup/split.js';
import {
  emailField,
  firstNameField,
  fullNameField,
  lastNameField,
  resendIfPendingField,
} from '../resources/people/fields.js';
import { writeThrottle } from '../resources/school/zapier-engine.js';
import { later, runtime } from '../lib/later.js';

export const fields = [
  showAs(emailField, {
    key: 'email',
    helpText:
      "The learner's email address. A new learner is created and emailed an invitation (unless your school uses SSO); an existing one is found, never duplicated.",
  }),
  showAs(groupNamesField, {
    key: 'groups',
    helpText: `Groups to add the learner to (group members get the group's courses): pick them, or map group IDs or names, up to ${MAX_LIST_ITEMS}. ${COMMAS}`,
  }),
  firstNameField,
  lastNameField,
  fullNameField,
  showAs(optionalCoursesField, {
    key: 'courses',
    helpText: `Courses to assign to every group above (optional, up to ${MAX_LIST_ITEMS}): everyone in those groups gets them, not only this learner. Pick them, or map course IDs or exact names.`,
  }),
  createMissingGroupsField,
  resendIfPendingField,
  splitValuesField,
  previewField,
] as const;

/** What the step does: loaded when it runs (src/lib/later.ts). */
export const perform = later(async () => (await runtime()).onboardLearner);

export default defineCreate({
  key: 'onboard_learner',
  noun: 'Onboarding',
  display: {
    label: 'Onboard Learner',
    description:
      'Finds or creates a learner, finds or creates their groups, assigns courses to the groups and adds the learner, all in one step.',
  },
  operation: {
    throttle: writeThrottle,
    inputFields: inputsOf(fields),
    perform,
    sample: { ...onboardingSample, ...learnerGroupsSample },
    outputFields: [...onboardingOutputFields, ...learnerGroupsOutputFields],
  },
});
