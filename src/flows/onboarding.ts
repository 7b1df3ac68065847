import type { ZObject } from 'zapier-platform-core';

import { afterPartialWork } from '../lib/errors.js';
import { whenAll } from '../lib/settle.js';
import { courseCollection, type Course } from '../resources/courses/api.js';
import { assignable } from '../resources/courses/assignable.js';
import { coursesField } from '../resources/courses/fields.js';
import { createGroup, groupCollection, type Group } from '../resources/groups/api.js';
import { groupsField } from '../resources/groups/fields.js';
import {
  addCoursesToGroup,
  assignmentUnavailable,
  isAssignmentUnavailable,
} from '../resources/groups/course-routes.js';
import { addPersonToGroup, isMember } from '../resources/groups/relationships.js';
import type { CreateOutcome } from '../resources/outcome.js';
import { findOrCreatePerson, type Person, type PersonAttributes } from '../resources/people/api.js';
import { readLearnerGroupNames } from '../resources/people/learner-groups.js';
import { resendInvitation, type InvitationOutcome } from '../resources/people/invitations.js';
import {
  findAllNamed,
  resolveAllNamed,
  uniqueById,
  type Found,
} from '../resources/lookup/references.js';
import type { SplitMode } from '../resources/lookup/split.js';
import {
  coursesLacking,
  invitationPlan,
  knownMember,
  plan,
  type OnboardingPlan,
} from './onboarding-plan.js';
import {
  capitalise,
  describe,
  fullStop,
  type GroupProgress,
  type Ledger,
} from './onboarding-summary.js';

export interface OnboardingRequest {
  learner: PersonAttributes & { email: string };
  groupRefs: string[];
  courseRefs: string[];
  createMissingGroups: boolean;
  resendIfPending: boolean;
  splitMode?: SplitMode;
}

export interface OnboardingResult {
  person: Person;
  learnerOutcome: CreateOutcome;
  groups: Group[];
  courses: Course[];
  invitationOutcome: InvitationOutcome;
  summary: string;
}

/** Messages name the fields as the Zap builder sees them. */
const GROUPS = groupsField.input.label;
const COURSES = coursesField.input.label;

/**
 * Runs each phase's tasks together, and a phase only once every task of the one before has
 * succeeded: after a failure no further write starts. The first failure, if any.
 */
const inPhases = async (
  ...phases: (() => Promise<unknown>[])[]
): Promise<{ error: unknown } | undefined> => {
  for (const phase of phases) {
    const failed = (await Promise.allSettled(phase())).find(
      (settled) => settled.status === 'rejected',
    );
    if (failed) return { error: failed.reason };
  }
  return undefined;
};

/**
 * Assigns the courses a group lacks, recording what happened. A school whose API has no route to
 * assign courses still gets its learners into their groups: the courses are noted, not thrown.
 */
const assign = async (
  z: ZObject,
  progress: GroupProgress,
  group: Group,
  lacking: { courses: Course[]; exact: boolean },
  anyCourses: boolean,
): Promise<void> => {
  if (!anyCourses) return;
  if (lacking.courses.length === 0) {
    progress.assigned = 'already';
    return;
  }
  try {
    const outcome = await addCoursesToGroup(z, group, lacking.courses);
    progress.assigned =
      outcome === 'unchanged' ? 'already' : lacking.exact ? lacking.courses.length : 'now';
  } catch (error) {
    if (!isAssignmentUnavailable(error)) throw error;
    progress.unassigned = lacking.courses;
  }
};

/**
 * Every reference read (groups and courses, in parallel), then the plan: a bad reference, or a
 * group that may not be created, fails here, before anything changes.
 */
export const readAndPlan = async (
  z: ZObject,
  request: OnboardingRequest,
): Promise<OnboardingPlan> => {
  const [found, courses] = await whenAll<[Found<Group>[], Course[]]>([
    findAllNamed(z, groupCollection, request.groupRefs, GROUPS, request.splitMode),
    resolveAllNamed(z, courseCollection, request.courseRefs, COURSES, request.splitMode),
  ]);
  // an archived course is refused before anything changes (a draft is tried)
  return plan(found, assignable(courses, COURSES), {
    createMissingGroups: request.createMissingGroups,
    label: GROUPS,
  });
};

/**
 * Northpass's enrolment procedure in one step. Every reference is read first, then planned
 * (`onboarding-plan.ts`), then written in three phases: (1) the learner, the new groups, the
 * courses of the groups found; (2) the memberships no record tells; (3) the new groups' courses,
 * the memberships, the invitation. 3 round trips for a new learner in an existing group. Writes
 * the records show done are skipped, so a re-run says nothing changed. After a failure no phase
 * starts, and the error says what was done; a school with no course route gets everything else
 * done first, one that cannot resend invitations succeeds (`invitation_outcome`).
 */
export const onboardLearner = async (
  z: ZObject,
  request: OnboardingRequest,
): Promise<OnboardingResult> => {
  const planned = await readAndPlan(z, request);
  const { courses } = planned;
  const ledger: Ledger = { groups: planned.groups.map(() => ({})) };
  const progressOf = (index: number): GroupProgress => ledger.groups[index] ?? {};
  const anyCourses = courses.length > 0;
  const members: (boolean | undefined)[] = [];
  let invitation: { outcome: InvitationOutcome; resend: boolean } = {
    outcome: 'not_asked',
    resend: false,
  };

  const failure = await inPhases(
    () => [
      findOrCreatePerson(z, request.learner).then((learner) => {
        ledger.learner = learner;
        invitation = invitationPlan(learner.person, learner.outcome, request.resendIfPending);
        if (invitation.outcome === 'not_pending' && request.resendIfPending)
          ledger.invitation = { sent: false, reason: 'they already joined' };
      }),
      ...planned.groups.map(async ({ target, ...lacking }, index) => {
        const progress = progressOf(index);
        if (typeof target === 'string') {
          progress.result = await createGroup(z, target, GROUPS);
        } else {
          progress.result = { group: target, outcome: 'existing' };
          await assign(z, progress, target, lacking, anyCourses);
        }
      }),
    ],
    () =>
      ledger.groups.map(async ({ result }, index) => {
        const { person, outcome, groupIds } = ledger.learner ?? {};
        if (!result || !person || !outcome) return;
        members[index] =
          knownMember(person, outcome, result.group, result.outcome, groupIds) ??
          (await isMember(z, result.group.id, person.id));
      }),
    () => [
      ...planned.groups.map(async ({ target, ...lacking }, index) => {
        const progress = progressOf(index);
        const { result } = progress;
        if (typeof target !== 'string' || !result) return;
        // a parallel run may have created it first: then it may have some of the courses
        const needs =
          result.outcome === 'created' ? lacking : coursesLacking(result.group, courses);
        await assign(z, progress, result.group, needs, anyCourses);
      }),
      ...ledger.groups.map(async (progress, index) => {
        const person = ledger.learner?.person;
        if (!progress.result || !person) return;
        const member = members[index];
        const changed = !member && (await addPersonToGroup(z, progress.result.group, person.id));
        // "added" only when she was known not to be in: a bare 2xx says she is in now, no more
        progress.joined =
          changed !== 'changed' ? 'already' : member === undefined ? 'ensured' : 'added';
      }),
      // the page naming her other groups, read beside the writes (the output reuses it)
      ...(ledger.learner
        ? [
            readLearnerGroupNames(
              z,
              ledger.learner.person,
              ledger.groups.flatMap((progress) => progress.result?.group ?? []),
            ),
          ]
        : []),
      (async () => {
        const person = ledger.learner?.person;
        if (!invitation.resend || !person) return;
        const resent = await resendInvitation(z, person);
        ledger.invitation = resent;
        invitation = { ...invitation, outcome: resent.sent ? 'sent' : resent.outcome };
      })(),
    ],
  );

  const { changes, notes } = describe(ledger);
  const unassigned = ledger.groups.filter((progress) => progress.unassigned);
  // another failure comes first; then courses no route could assign, after all else was done
  if (failure || unassigned.length > 0) {
    const error: unknown = failure
      ? failure.error
      : assignmentUnavailable(
          unassigned.map((progress) => progress.result?.group.attributes.name ?? ''),
          uniqueById(unassigned.flatMap((progress) => progress.unassigned ?? [])).map(
            (course) => course.attributes.name,
          ),
        );
    throw changes.length > 0
      ? afterPartialWork(error, changes.join(', '), [], failure ? undefined : 'Not done:')
      : error;
  }
  const { person, outcome } = ledger.learner as { person: Person; outcome: CreateOutcome };
  const email = person.attributes.email;
  const noted = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  const summary =
    changes.length === 0
      ? fullStop(`No changes: ${email} was already onboarded${noted}`)
      : fullStop(
          `${capitalise([...(outcome === 'existing' ? [`found learner ${email}`] : []), ...changes].join(', '))}${noted}`,
        );
  return {
    person,
    learnerOutcome: outcome,
    groups: uniqueById(ledger.groups.flatMap((progress) => progress.result?.group ?? [])),
    courses,
    invitationOutcome: invitation.outcome,
    summary,
  };
};
