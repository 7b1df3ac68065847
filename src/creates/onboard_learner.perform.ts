import type { CreatePerform } from 'zapier-platform-core';

import { checkInputs } from '../lib/fields.js';
import { onboardLearner, readAndPlan } from '../flows/onboarding.js';
import { previewOnboarding } from '../flows/onboarding-preview.js';
import type { Course } from '../resources/courses/api.js';
import { learnerGroupsOf, NO_GROUPS } from '../resources/people/learner-groups.js';
import { namesOf } from '../resources/people/fields.js';
import {
  toLearnerOutput,
  toMembershipOutput,
  type OnboardingOutput,
} from '../resources/people/output.js';
import { wouldBeLearner } from '../resources/people/changes-output.js';
import { fields } from './onboard_learner.js';

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
