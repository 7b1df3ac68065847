import { defineCreate, type CreatePerform } from 'zapier-platform-core';

import { checkInputs, inputsOf, showAs } from '../lib/fields.js';
import { MAX_LIST_ITEMS } from '../lib/inputs.js';
import { optionalCoursesField } from '../resources/courses/fields.js';
import { COMMAS, createMissingGroupsField, groupNamesField } from '../resources/groups/fields.js';
import { onboardLearner, readAndPlan } from '../flows/onboarding.js';
import { previewOnboarding } from '../flows/onboarding-preview.js';
import type { Course } from '../resources/courses/api.js';
import { previewField } from '../resources/school/preview.js';
import { learnerGroupsOf, NO_GROUPS } from '../resources/people/learner-groups.js';
import { learnerGroupsOutputFields, learnerGroupsSample } from '../resources/people/samples.js';
import { splitValuesField } from '../resources/lookup/split.js';
import {
  emailField,
  firstNameField,
  fullNameField,
  lastNameField,
  namesOf,
  resendIfPendingField,
} from '../resources/people/fields.js';
import {
  toLearnerOutput,
  toMembershipOutput,
  type OnboardingOutput,
} from '../resources/people/output.js';
import { onboardingOutputFields, onboardingSample } from '../resources/people/samples.js';
import { wouldBeLearner } from '../resources/people/changes-output.js';
import { writeThrottle } from '../resources/school/zapier-engine.js';

const fields = [
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

export const perform = (async (z, bundle) => {
  const input = checkInputs(bundle.inputData, fields);
  const request = {
    learner: { email: input.email, ...namesOf(input) },
    groupRefs: input.groups,
    courseRefs: input.courses,
    createMissingGroups: input.create_missing_groups,
    resendIfPending: input.resend_invitation_if_pending,
    splitMode: input.split_values,
  };
  const courseOutput = (courses: Course[]) => ({
    course_ids: courses.map((course) => course.id),
    course_names: courses.map((course) => course.attributes.name),
  });
  if (input.preview) {
    const planned = await readAndPlan(z, request);
    const preview = await previewOnboarding(z, input.email, planned, request.resendIfPending);
    const found = preview.groups.filter((group) => typeof group !== 'string');
    const [groups] = preview.person
      ? await learnerGroupsOf(z, [{ person: preview.person }], found)
      : [NO_GROUPS];
    return {
      ...groups,
      ...(preview.person
        ? toLearnerOutput(preview.person)
        : wouldBeLearner(input.email, request.learner)),
      group_ids: preview.groups.map((group) => (typeof group === 'string' ? null : group.id)),
      group_names: preview.groups.map((group) =>
        typeof group === 'string' ? group : group.attributes.name,
      ),
      learner_outcome: preview.person ? 'existing' : 'would_create',
      ...courseOutput(preview.courses),
      summary: preview.summary,
      invitation_outcome: preview.invitationOutcome,
      preview: true,
    } satisfies OnboardingOutput;
  }
  const result = await onboardLearner(z, request);
  const [groups] = await learnerGroupsOf(
    z,
    [
      {
        person: result.person,
        created: result.learnerOutcome === 'created',
        added: result.groups,
      },
    ],
    result.groups,
  );
  return {
    ...groups,
    ...toMembershipOutput(result.person, result.groups),
    learner_outcome: result.learnerOutcome,
    ...courseOutput(result.courses),
    summary: result.summary,
    invitation_outcome: result.invitationOutcome,
    preview: false,
  } satisfies OnboardingOutput;
}) satisfies CreatePerform;

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
