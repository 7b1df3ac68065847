import { defineCreate } from 'zapier-platform-core';

import { inputsOf, showAs } from '../lib/fields.js';
import { MAX_LIST_ITEMS } from '../lib/inputs.js';
import { optionalCoursesField } from '../resources/courses/fields.js';
import { COMMAS, createMissingGroupsField, groupNamesField } from '../resources/groups/fields.js';
import { resendIfPendingField } from '../resources/people/fields.js';
import { splitValuesField } from '../resources/lookup/split.js';
import { bulkOnboardingOutputFields, bulkOnboardingSample } from '../resources/people/samples.js';
import { learnerRowsField } from '../resources/people/rows.js';
import { previewField } from '../resources/school/preview.js';
import { writeThrottle } from '../resources/school/zapier-engine.js';
import { later, runtime } from '../lib/later.js';

export const fields = [
  learnerRowsField,
  showAs(groupNamesField, {
    key: 'groups',
    helpText: `Groups to add every learner to (group members get the group's courses): pick them, or map group IDs or names, up to ${MAX_LIST_ITEMS}. ${COMMAS}`,
  }),
  showAs(optionalCoursesField, {
    key: 'courses',
    helpText: `Courses to assign to every group above (optional, up to ${MAX_LIST_ITEMS}): everyone in those groups gets them. Pick them, or map course IDs or exact names.`,
  }),
  createMissingGroupsField,
  showAs(resendIfPendingField, {
    key: 'resend_invitation_if_pending',
    helpText:
      'Resend the invitation to learners who already existed but have not joined yet. The link in earlier invitations stops working.',
  }),
  splitValuesField,
  previewField,
] as const;

/** What the step does: loaded when it runs (src/lib/later.ts). */
export const perform = later(async () => (await runtime()).onboardLearners);

export default defineCreate({
  key: 'onboard_learners',
  noun: 'Onboarding',
  display: {
    label: 'Onboard Learners',
    description:
      'Finds or creates several learners at once, finds or creates their groups, assigns courses to the groups and adds every learner, in one step.',
  },
  operation: {
    throttle: writeThrottle,
    inputFields: inputsOf(fields),
    perform,
    sample: bulkOnboardingSample,
    outputFields: bulkOnboardingOutputFields,
  },
});
