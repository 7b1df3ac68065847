import { listing } from '../lib/errors.js';
import type { Course } from '../resources/courses/api.js';
import type { GroupOutcome } from '../resources/groups/api.js';
import type { CreateOutcome } from '../resources/outcome.js';
import type { Person } from '../resources/people/api.js';

/** How Onboard Learner tells what it did: a ledger of writes, and the sentence it becomes. */

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** What each write did, collected as the writes finish and told in a fixed order. */
export interface Ledger {
  learner?: { person: Person; outcome: CreateOutcome };
  groups: Map<number, GroupOutcome>;
  /** Courses assigned (count), already there, or there now (unknown before: Northpass lists none). */
  assigned: Map<number, number | 'already' | 'now'>;
  /** The courses not assigned because the school's API has no route for it, by group. */
  unassigned: Map<number, Course[]>;
  joined: Map<number, 'added' | 'already'>;
  invitation?: { sent: true } | { sent: false; reason: string };
}

export const describe = (ledger: Ledger) => {
  const changes: string[] = [];
  const notes: string[] = [];
  const email = ledger.learner?.person.attributes.email ?? '';
  if (ledger.learner?.outcome === 'created') changes.push(`created learner ${email}`);
  const indexes = [...ledger.groups.keys()].sort((a, b) => a - b);
  const nameOf = (index: number) => ledger.groups.get(index)?.group.attributes.name ?? '';
  for (const index of indexes) {
    const result = ledger.groups.get(index);
    if (result?.outcome === 'created') changes.push(`created group ${nameOf(index)}`);
    if (result?.twin) {
      notes.push(
        `a parallel run created ${nameOf(index)} at the same time; using the older group, and the other (ID ${result.twin.id}) can be deleted`,
      );
    }
  }
  for (const index of indexes) {
    const assigned = ledger.assigned.get(index);
    if (typeof assigned === 'number') {
      changes.push(`assigned ${plural(assigned, 'course')} to ${nameOf(index)}`);
    } else if (assigned === 'already') {
      notes.push(`${nameOf(index)} already had the courses`);
    } else if (assigned === 'now') {
      notes.push(`${nameOf(index)} has the courses`);
    }
  }
  const added = indexes.filter((index) => ledger.joined.get(index) === 'added').map(nameOf);
  if (added.length > 0) changes.push(`added to ${listing(added)}`);
  for (const index of indexes) {
    if (ledger.joined.get(index) === 'already') notes.push(`already in ${nameOf(index)}`);
  }
  if (ledger.invitation?.sent) changes.push('resent the invitation');
  else if (ledger.invitation) notes.push(`no invitation resent: ${ledger.invitation.reason}`);
  return { changes, notes };
};
