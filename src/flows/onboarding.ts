import type { ZObject } from 'zapier-platform-core';

import { afterPartialWork } from '../lib/errors.js';
import { whenAll } from '../lib/settle.js';
import { invalidInput, isUuid, quote } from '../lib/inputs.js';
import { courseCollection, type Course } from '../resources/courses/api.js';
import { coursesField } from '../resources/courses/fields.js';
import {
  courseIdsOf,
  createGroup,
  groupCollection,
  type Group,
  type GroupOutcome,
} from '../resources/groups/api.js';
import { groupsField } from '../resources/groups/fields.js';
import {
  addCoursesToGroup,
  assignmentUnavailable,
  isAssignmentUnavailable,
} from '../resources/groups/course-routes.js';
import { addPersonToGroup, isMember } from '../resources/groups/relationships.js';
import type { CreateOutcome } from '../resources/outcome.js';
import { capitalise, describe, type Ledger } from './onboarding-summary.js';

import {
  findOrCreatePerson,
  groupIdsOf,
  hasJoined,
  type Person,
  type PersonAttributes,
} from '../resources/people/api.js';
import { resendInvitation, type InvitationOutcome } from '../resources/people/invitations.js';
import {
  commaValue,
  findAllNamed,
  notFoundInput,
  resolveAllNamed,
  uniqueById,
  type Found,
} from '../resources/lookup/references.js';

export interface OnboardingRequest {
  learner: PersonAttributes & { email: string };
  groupRefs: string[];
  courseRefs: string[];
  createMissingGroups: boolean;
  resendIfPending: boolean;
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
 * Reads before it writes: every group and course is resolved first (in parallel), so a bad
 * reference fails before anything changes. Returns, in the order given, each group found or the
 * name still to create.
 */
const readReferences = async (
  z: ZObject,
  request: OnboardingRequest,
): Promise<{ groups: (Group | string)[]; courses: Course[] }> => {
  const [found, courses] = await whenAll<[Found<Group>[], Course[]]>([
    findAllNamed(z, groupCollection, request.groupRefs, GROUPS),
    resolveAllNamed(z, courseCollection, request.courseRefs, COURSES),
  ]);
  const comma = found.find((entry) => entry.commas);
  if (comma) throw commaValue(groupCollection, comma.ref, GROUPS);
  const groups = found.map((entry) => entry.record ?? entry.ref);
  const unknownId = groups.find((entry) => typeof entry === 'string' && isUuid(entry));
  if (typeof unknownId === 'string') throw notFoundInput(groupCollection, unknownId, GROUPS);
  const missing = groups.filter((entry) => typeof entry === 'string');
  if (missing.length > 0 && !request.createMissingGroups) {
    throw invalidInput(
      GROUPS,
      missing.length === 1
        ? `no group is named ${quote(missing[0] ?? '')}. Create it in Northpass, or turn on Create Missing Groups.`
        : `no groups are named ${missing.map(quote).join(', ')}. Create them in Northpass, or turn on Create Missing Groups.`,
    );
  }
  const seen = new Set<string>();
  return {
    // a group named by ID and by name is one group
    groups: groups.filter((entry) =>
      typeof entry === 'string' ? true : seen.has(entry.id) ? false : (seen.add(entry.id), true),
    ),
    courses,
  };
};

/**
 * Northpass's enrolment procedure in one step: find or create the learner, find or create each
 * group, assign the courses to every group, add the learner to the groups, and optionally resend
 * a pending invitation. All reads come first; then every write starts as soon as what it needs is
 * known (3 round trips for a new learner in an existing group). Writes are idempotent, and those
 * the records show are done are skipped, so a re-run changes nothing and says so. After a
 * failure no further write starts, and the error says what was done. Where the school's API has
 * no route to assign courses, everything else is still done, then the step fails saying what was
 * not; where it cannot resend invitations, the step succeeds (`invitation_outcome`).
 */
export const onboardLearner = async (
  z: ZObject,
  request: OnboardingRequest,
): Promise<OnboardingResult> => {
  const { groups: targets, courses } = await readReferences(z, request);
  const ledger: Ledger = {
    groups: new Map(),
    assigned: new Map(),
    unassigned: new Map(),
    joined: new Map(),
  };
  let invitationOutcome: InvitationOutcome = 'not_asked';
  let failed = false;
  /** Starts a write unless an earlier one failed; records nothing itself. */
  const write = async <T>(task: () => Promise<T>): Promise<T | undefined> => {
    if (failed) return undefined;
    try {
      return await task();
    } catch (error) {
      failed = true;
      throw error;
    }
  };

  // the first write: nothing can have failed before it
  const learner = findOrCreatePerson(z, request.learner).then(
    (result) => (ledger.learner = result),
    (error: unknown) => {
      failed = true;
      throw error;
    },
  );
  const groups = targets.map((target, index) =>
    write(() =>
      typeof target === 'string'
        ? createGroup(z, target, GROUPS)
        : Promise.resolve<GroupOutcome>({ group: target, outcome: 'existing' }),
    ).then((result) => {
      if (result) ledger.groups.set(index, result);
      return result;
    }),
  );
  const assignments = groups.map(async (pending, index) => {
    const result = await pending;
    if (!result || courses.length === 0) return;
    // a group just created has no courses; otherwise Northpass may or may not list them
    const assigned = result.outcome === 'created' ? [] : courseIdsOf(result.group);
    const toAssign = courses.filter((course) => !assigned?.includes(course.id));
    const ids = toAssign.map((course) => course.id);
    // a school whose API cannot assign courses still gets its learners into their groups
    const outcome =
      ids.length === 0
        ? 'unchanged'
        : await write(() =>
            addCoursesToGroup(z, result.group, toAssign).catch((error: unknown) => {
              if (isAssignmentUnavailable(error)) return 'unavailable' as const;
              throw error;
            }),
          );
    if (outcome === 'unavailable') ledger.unassigned.set(index, toAssign);
    if (!outcome || outcome === 'unavailable') return;
    ledger.assigned.set(
      index,
      outcome === 'unchanged' ? 'already' : assigned ? toAssign.length : 'now',
    );
  });
  const memberships = groups.map(async (pending, index) => {
    const [{ person, outcome: learnerOutcome }, result] = await Promise.all([learner, pending]);
    if (!result) return;
    // the learner's record says, or (a learner or group just created) nobody is in it yet, or
    // the group's memberships say
    const member =
      groupIdsOf(person)?.includes(result.group.id) ??
      (learnerOutcome === 'created' || result.outcome === 'created'
        ? false
        : await isMember(z, result.group.id, person.id));
    const outcome = member
      ? 'unchanged'
      : await write(() => addPersonToGroup(z, result.group, person.id));
    if (outcome) ledger.joined.set(index, outcome === 'changed' ? 'added' : 'already');
  });
  const invitation = learner.then(async (result) => {
    if (result.outcome !== 'existing') {
      invitationOutcome = 'invited_by_northpass';
    } else if (hasJoined(result.person)) {
      invitationOutcome = 'not_pending';
      if (request.resendIfPending)
        ledger.invitation = { sent: false, reason: 'they already joined' };
    } else if (request.resendIfPending) {
      const resent = await write(() => resendInvitation(z, result.person));
      ledger.invitation = resent;
      if (resent) invitationOutcome = resent.sent ? 'sent' : resent.outcome;
    }
  });

  const settled = await Promise.allSettled([
    learner,
    ...groups,
    ...assignments,
    ...memberships,
    invitation,
  ]);
  const { changes, notes } = describe(ledger);
  const failure = settled.find((outcome) => outcome.status === 'rejected');
  const unassigned = [...ledger.unassigned.keys()].sort((a, b) => a - b);
  // another failure comes first; then courses no route could assign, after all else was done
  if (failure || unassigned.length > 0) {
    const error: unknown = failure
      ? failure.reason
      : assignmentUnavailable(
          unassigned.map((index) => ledger.groups.get(index)?.group.attributes.name ?? ''),
          uniqueById(unassigned.flatMap((index) => ledger.unassigned.get(index) ?? [])).map(
            (course) => course.attributes.name,
          ),
        );
    throw changes.length > 0
      ? afterPartialWork(error, changes.join(', '), [], failure ? undefined : 'Not done:')
      : error;
  }
  const { person, outcome } = await learner;
  const email = person.attributes.email;
  const noted = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  const summary =
    changes.length === 0
      ? `No changes: ${email} was already onboarded${noted}.`
      : `${capitalise([...(outcome === 'existing' ? [`found learner ${email}`] : []), ...changes].join(', '))}${noted}.`;
  const order = [...ledger.groups.keys()].sort((a, b) => a - b);
  return {
    person,
    learnerOutcome: outcome,
    groups: uniqueById(order.flatMap((index) => ledger.groups.get(index)?.group ?? [])),
    courses,
    invitationOutcome,
    summary,
  };
};
