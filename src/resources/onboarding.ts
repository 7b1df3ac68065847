import type { ZObject } from 'zapier-platform-core';

import { withContext } from '../client/errors.js';
import { courseKind, type Course } from './courses/api.js';
import {
  addCoursesToGroup,
  addPeopleToGroup,
  courseIdsOf,
  findOrCreateGroup,
  groupKind,
  type Group,
} from './groups/api.js';
import type { CreateOutcome } from './outcome.js';
import {
  findOrCreatePerson,
  groupIdsOf,
  hasJoined,
  resendInvitation,
  type Person,
  type PersonAttributes,
} from './people/api.js';
import { findNamed, notFoundInput, resolveAllNamed, uniqueById } from './references.js';
import { isUuid, invalidInput, quote } from '../lib/inputs.js';

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
  summary: string;
}

/** "a", "a and b", "a, b and c" */
const listing = (items: string[]): string =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * Reads before it writes: every group is resolved first, so a bad reference fails before
 * anything changes. Returns, in the order given, each group found or the name still to create.
 */
const resolveGroups = async (
  z: ZObject,
  refs: string[],
  createMissing: boolean,
): Promise<(Group | string)[]> => {
  const resolved: (Group | string)[] = [];
  for (const ref of refs) {
    const group = await findNamed(z, groupKind, ref, 'Groups');
    if (!group && isUuid(ref)) throw notFoundInput(groupKind, ref, 'Groups');
    resolved.push(group ?? ref);
  }
  const missing = resolved.filter((entry) => typeof entry === 'string');
  if (missing.length > 0 && !createMissing) {
    throw invalidInput(
      'Groups',
      missing.length === 1
        ? `no group is named ${quote(missing[0] ?? '')}. Create it in Northpass, or turn on Create Missing Groups.`
        : `no groups are named ${missing.map(quote).join(', ')}. Create them in Northpass, or turn on Create Missing Groups.`,
    );
  }
  return resolved;
};

/**
 * Northpass's enrolment procedure in one step: find or create the learner, find or create each
 * group, assign the courses to every group, add the learner to the groups, and optionally resend
 * a pending invitation. Every write is idempotent, and writes that the records show are already
 * done are skipped, so a re-run changes nothing and says so.
 */
export const onboardLearner = async (
  z: ZObject,
  request: OnboardingRequest,
): Promise<OnboardingResult> => {
  const resolved = await resolveGroups(z, request.groupRefs, request.createMissingGroups);
  const courses = await resolveAllNamed(z, courseKind, request.courseRefs, 'Courses');

  // what was written, what was already so: the summary, and the context of a failure midway
  const changes: string[] = [];
  const unchanged: string[] = [];
  try {
    const { person, outcome } = await findOrCreatePerson(z, request.learner);
    const email = person.attributes.email;
    if (outcome === 'created') changes.push(`created learner ${email}`);

    const listed: Group[] = [];
    for (const entry of resolved) {
      if (typeof entry !== 'string') {
        listed.push(entry);
        continue;
      }
      const { group, outcome: groupOutcome } = await findOrCreateGroup(z, entry);
      if (groupOutcome === 'created') changes.push(`created group ${group.attributes.name}`);
      listed.push(group);
    }
    // an ID and a name may name the same group
    const groups = uniqueById(listed);

    for (const group of groups) {
      const assigned = courseIdsOf(group);
      const toAssign = courses.filter((course) => !assigned?.includes(course.id));
      const result =
        toAssign.length > 0
          ? await addCoursesToGroup(
              z,
              group,
              toAssign.map((course) => course.id),
            )
          : 'unchanged';
      if (result === 'changed') {
        changes.push(`assigned ${plural(toAssign.length, 'course')} to ${group.attributes.name}`);
      } else if (courses.length > 0) {
        unchanged.push(`${group.attributes.name} already had the courses`);
      }
    }

    const memberOf = groupIdsOf(person);
    const joined: string[] = [];
    for (const group of groups) {
      const result = memberOf?.includes(group.id)
        ? 'unchanged'
        : await addPeopleToGroup(z, group, [person.id]);
      if (result === 'changed') joined.push(group.attributes.name);
      else unchanged.push(`already in ${group.attributes.name}`);
    }
    if (joined.length > 0) changes.push(`added to ${listing(joined)}`);

    if (request.resendIfPending && outcome === 'existing') {
      if (hasJoined(person)) {
        unchanged.push('no invitation resent: they already joined');
      } else {
        await resendInvitation(z, person);
        changes.push('resent the invitation');
      }
    }

    const notes = unchanged.length > 0 ? ` (${unchanged.join('; ')})` : '';
    const summary =
      changes.length === 0
        ? `No changes: ${email} was already onboarded${notes}.`
        : `${capitalise([...(outcome === 'existing' ? [`found learner ${email}`] : []), ...changes].join(', '))}${notes}.`;
    return { person, learnerOutcome: outcome, groups, courses, summary };
  } catch (error) {
    throw changes.length > 0
      ? withContext(error, `Already done: ${changes.join(', ')}. Then it failed:`)
      : error;
  }
};
