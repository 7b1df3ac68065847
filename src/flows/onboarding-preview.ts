import type { ZObject } from 'zapier-platform-core';

import { listing } from '../lib/errors.js';
import { whenAll } from '../lib/settle.js';
import type { Course } from '../resources/courses/api.js';
import type { Group } from '../resources/groups/api.js';
import { isMember } from '../resources/groups/relationships.js';
import { findPersonByEmail, type Person } from '../resources/people/api.js';
import { previewSummary } from '../resources/school/preview.js';
import { invitationPlan, knownMember, type OnboardingPlan } from './onboarding-plan.js';
import { plural } from './onboarding-summary.js';

/** What Onboard Learner would do, found by reads only: the plan, and whom it would touch. */
export interface OnboardingPreview {
  /** The learner, or null when they would be created. */
  person: Person | null;
  /** Each group in the order given: found, or a name that would be created. */
  groups: (Group | string)[];
  courses: Course[];
  invitationOutcome: 'would_invite' | 'would_resend' | 'not_pending' | 'not_asked';
  summary: string;
}

/**
 * Onboarding without a write: the learner looked up by email, every membership of an existing
 * learner in an existing group read where the records do not tell, and the plan told as what
 * would happen. Reads only; no invitation is sent.
 */
export const previewOnboarding = async (
  z: ZObject,
  email: string,
  planned: OnboardingPlan,
  resendIfPending: boolean,
): Promise<OnboardingPreview> => {
  const person = await findPersonByEmail(z, email);
  const outcome = person ? 'existing' : 'created';
  const members = await whenAll<(boolean | undefined)[]>(
    planned.groups.map(({ target }) =>
      typeof target === 'string' || !person
        ? Promise.resolve(false)
        : Promise.resolve(knownMember(person, outcome, target, 'existing')).then(
            (known) => known ?? isMember(z, target.id, person.id),
          ),
    ),
  );
  const nameOf = (target: Group | string) =>
    typeof target === 'string' ? target : target.attributes.name;
  const said: string[] = [person ? `found learner ${email}` : `would create learner ${email}`];
  for (const { target } of planned.groups) {
    if (typeof target === 'string') said.push(`would create group ${target}`);
  }
  for (const { target, courses, exact } of planned.groups) {
    if (planned.courses.length === 0) continue;
    if (courses.length === 0) said.push(`${nameOf(target)} already has the courses`);
    else if (exact)
      said.push(`would assign ${plural(courses.length, 'course')} to ${nameOf(target)}`);
    else said.push(`would make sure ${nameOf(target)} has the courses`);
  }
  const joining = planned.groups.filter((_, index) => !members[index]).map((g) => nameOf(g.target));
  const already = planned.groups.filter((_, index) => members[index]).map((g) => nameOf(g.target));
  if (joining.length > 0) said.push(`would add to ${listing(joining)}`);
  if (already.length > 0) said.push(`already in ${listing(already)}`);
  const invitation = person
    ? invitationPlan(person, 'existing', resendIfPending)
    : { outcome: 'invited_by_northpass' as const, resend: false };
  const invitationOutcome = invitation.resend
    ? 'would_resend'
    : invitation.outcome === 'invited_by_northpass'
      ? 'would_invite'
      : invitation.outcome === 'not_pending'
        ? 'not_pending'
        : 'not_asked';
  if (invitationOutcome === 'would_invite') said.push('Northpass would email an invitation');
  if (invitationOutcome === 'would_resend') said.push('would resend the invitation');
  return {
    person,
    groups: planned.groups.map(({ target }) => target),
    courses: planned.courses,
    invitationOutcome,
    summary: previewSummary(said),
  };
};
