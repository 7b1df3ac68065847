import { invalidInput, isUuid, quote } from '../lib/inputs.js';
import type { Course } from '../resources/courses/api.js';
import { courseIdsOf, groupCollection, type Group } from '../resources/groups/api.js';
import type { CreateOutcome } from '../resources/outcome.js';
import { groupIdsOf, hasJoined, type Person } from '../resources/people/api.js';
import type { InvitationOutcome } from '../resources/people/invitations.js';
import { mixedValue, notFoundInput, type Found } from '../resources/lookup/references.js';

/**
 * What Onboard Learner will do, decided without a request: from what the reads found, which
 * groups to create, which courses each group still needs, and (once the learner is known) which
 * memberships to check and whether to resend the invitation. `onboarding.ts` carries it out.
 */

/** A group of the step, in the order given: found, or a name to create. */
export interface PlannedGroup {
  target: Group | string;
  /** The courses to assign to it: all of them unless its record lists some it already has. */
  courses: Course[];
  /** Whether the count of `courses` is known to be what it lacks (its record lists its courses). */
  exact: boolean;
}

export interface OnboardingPlan {
  groups: PlannedGroup[];
  courses: Course[];
}

export interface PlanOptions {
  createMissingGroups: boolean;
  /** The Groups field's label, for messages. */
  label: string;
}

/**
 * The plan from the references read: stops before any change when a group cannot be found or
 * created (a comma-joined value partly groups, partly not, an unknown ID, a missing
 * name with Create Missing Groups off). A group named twice (by ID and by name) is one group.
 */
export const plan = (
  found: Found<Group>[],
  courses: Course[],
  options: PlanOptions,
): OnboardingPlan => {
  const { label } = options;
  const mixed = found.find((entry) => entry.mixed);
  if (mixed?.mixed) {
    throw mixedValue(groupCollection, mixed.ref, mixed.mixed, label, options.createMissingGroups);
  }
  const unknownId = found.find((entry) => !entry.record && isUuid(entry.ref));
  if (unknownId) throw notFoundInput(groupCollection, unknownId.ref, label);
  const missing = found.flatMap((entry) => (entry.record ? [] : [entry.ref]));
  if (missing.length > 0 && !options.createMissingGroups) {
    throw invalidInput(
      label,
      missing.length === 1
        ? `no group is named ${quote(missing[0] ?? '')}. Create it in Northpass, or turn on Create Missing Groups.`
        : `no groups are named ${missing.map(quote).join(', ')}. Create them in Northpass, or turn on Create Missing Groups.`,
    );
  }
  const seen = new Set<string>();
  const groups: PlannedGroup[] = [];
  for (const { ref, record } of found) {
    if (!record) {
      // a group about to be created has no courses yet
      groups.push({ target: ref, courses, exact: true });
    } else if (!seen.has(record.id)) {
      seen.add(record.id);
      groups.push({ target: record, ...coursesLacking(record, courses) });
    }
  }
  return { groups, courses };
};

/**
 * The courses a group lacks: those its record does not list. Northpass may or may not list a
 * group's courses; unlisted, every course is assigned (the write's answer then tells).
 */
export const coursesLacking = (
  group: Group,
  courses: Course[],
): { courses: Course[]; exact: boolean } => {
  const listed = courseIdsOf(group);
  return {
    courses: courses.filter((course) => !listed?.includes(course.id)),
    exact: listed !== undefined,
  };
};

/**
 * Whether the learner is in a group, when that is known without asking Northpass: their record
 * lists their groups, or the learner or the group has just been created (nobody is in a new
 * group, and a new learner is in none). `undefined`: the group's memberships must say.
 */
export const knownMember = (
  person: Person,
  learnerOutcome: CreateOutcome,
  group: Group,
  groupOutcome: CreateOutcome,
  groupIds: string[] | undefined = groupIdsOf(person),
): boolean | undefined =>
  groupIds?.includes(group.id) ??
  (learnerOutcome === 'created' || groupOutcome === 'created' ? false : undefined);

/** What happens to the learner's invitation: Northpass's own email, nothing, or a resend. */
export const invitationPlan = (
  person: Person,
  learnerOutcome: CreateOutcome,
  resendIfPending: boolean,
): { outcome: InvitationOutcome; resend: boolean } => {
  if (learnerOutcome !== 'existing') return { outcome: 'invited_by_northpass', resend: false };
  if (hasJoined(person)) return { outcome: 'not_pending', resend: false };
  return { outcome: 'not_asked', resend: resendIfPending };
};
