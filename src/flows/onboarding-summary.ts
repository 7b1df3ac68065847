import { listing } from '../lib/errors.js';
import type { Course } from '../resources/courses/api.js';
import type { GroupOutcome } from '../resources/groups/api.js';
import type { CreateOutcome } from '../resources/outcome.js';
import type { Person } from '../resources/people/api.js';

/** How Onboard Learner tells what it did: a ledger of writes, and the sentence it becomes. */

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A sentence's full stop, unless it already ends in one ("added to Acme, Inc."). */
export const fullStop = (text: string): string => (text.endsWith('.') ? text : `${text}.`);

export const plural = (count: number, noun: string): string =>
  `${count} ${noun}${count === 1 ? '' : 's'}`;

/** What the writes did for one group of the step. */
export interface GroupProgress {
  result?: GroupOutcome;
  /** Courses assigned (count), already there, or there now (unknown before: Northpass lists none). */
  assigned?: number | 'already' | 'now';
  /** The courses not assigned because the school's API has no route for it. */
  unassigned?: Course[];
  /** Added; already in; or sent when nothing could tell whether she was in before (a 2xx). */
  joined?: 'added' | 'already' | 'ensured';
}

/** What each write did, collected as the writes finish and told in a fixed order. */
export interface Ledger {
  /** `groupIds`: her groups as Northpass's answer lists them (an empty list counts once known). */
  learner?: { person: Person; outcome: CreateOutcome; groupIds?: string[] | undefined };
  /** One entry per group of the plan, in its order. */
  groups: GroupProgress[];
  invitation?: { sent: true } | { sent: false; reason: string };
}

export const describe = (ledger: Ledger) => {
  const changes: string[] = [];
  const notes: string[] = [];
  const email = ledger.learner?.person.attributes.email ?? '';
  if (ledger.learner?.outcome === 'created') changes.push(`created learner ${email}`);
  const groups = ledger.groups.flatMap((progress) =>
    progress.result ? [{ ...progress, name: progress.result.group.attributes.name }] : [],
  );
  for (const { result, name } of groups) {
    if (result?.outcome === 'created') changes.push(`created group ${name}`);
    if (result?.twin) {
      notes.push(
        `a parallel run created ${name} at the same time; using the older group, and the other (ID ${result.twin.id}) can be deleted`,
      );
    }
  }
  // one phrase per count: "assigned 2 courses to Sales and Support"
  const byCount = new Map<number, string[]>();
  for (const { assigned, name } of groups) {
    if (typeof assigned === 'number')
      byCount.set(assigned, [...(byCount.get(assigned) ?? []), name]);
  }
  for (const [count, groupNames] of byCount) {
    changes.push(`assigned ${plural(count, 'course')} to ${listing(groupNames)}`);
  }
  // Northpass took the courses but does not say whether they were new to the group
  const sent = groups.filter((group) => group.assigned === 'now').map((group) => group.name);
  if (sent.length > 0)
    changes.push(`made sure ${listing(sent)} ${sent.length === 1 ? 'has' : 'have'} the courses`);
  const had = groups.filter((group) => group.assigned === 'already').map((group) => group.name);
  if (had.length > 0) notes.push(`${listing(had)} already had the courses`);
  const added = groups.filter((group) => group.joined === 'added').map((group) => group.name);
  if (added.length > 0) changes.push(`added to ${listing(added)}`);
  const ensured = groups.filter((group) => group.joined === 'ensured').map((group) => group.name);
  if (ensured.length > 0) changes.push(`made sure they are in ${listing(ensured)}`);
  const already = groups.filter((group) => group.joined === 'already').map((group) => group.name);
  if (already.length > 0) notes.push(`already in ${listing(already)}`);
  if (ledger.invitation?.sent) changes.push('resent the invitation');
  else if (ledger.invitation) notes.push(`no invitation resent: ${ledger.invitation.reason}`);
  return { changes, notes };
};
