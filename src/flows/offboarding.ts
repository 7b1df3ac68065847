import type { ZObject } from 'zapier-platform-core';

import { PAGE_SIZE } from '../client/config.js';
import { afterPartialWork, appError, listing } from '../lib/errors.js';
import { isUuid, MAX_LIST_ITEMS, quote } from '../lib/inputs.js';
import { settleEach, whenAll } from '../lib/settle.js';
import { findGroupById, groupCollection, names, type Group } from '../resources/groups/api.js';
import { groupsField } from '../resources/groups/fields.js';
import { isMember, leaveGroup, wouldLeaveGroup } from '../resources/groups/relationships.js';
import { either } from '../resources/people/removal.js';
import { previewSummary } from '../resources/school/preview.js';
import {
  findPerson,
  findPersonById,
  groupIdsOnRecord,
  type Person,
} from '../resources/people/api.js';
import { learnerField } from '../resources/people/fields.js';
import { firstPage } from '../resources/lookup/name-lists.js';
import { ONE_PAGE_THRESHOLD, resolveAllNamed } from '../resources/lookup/references.js';
import type { SplitMode } from '../resources/lookup/split.js';

export interface OffboardingResult {
  person: Person | null;
  outcome: 'removed' | 'not_a_member' | 'no_such_learner' | 'would_remove';
  removed: Group[];
  /** The groups the learner is still in, by name; null when Northpass does not say. */
  remaining: string[] | null;
  summary: string;
}

const GROUPS = groupsField.input.label;

/**
 * The groups with these ids: from one page of groups (from 3 ids), then each one not on it read
 * by ID, at most `cap` reads. `unread` counts the ids beyond the cap.
 */
const groupsWithIds = async (
  z: ZObject,
  ids: string[],
  cap: number,
): Promise<{ groups: Group[]; unread: number }> => {
  const found = new Map<string, Group>();
  if (ids.length >= ONE_PAGE_THRESHOLD) {
    for (const group of (await firstPage(z, groupCollection)).items) found.set(group.id, group);
  }
  const missing = ids.filter((id) => !found.has(id));
  const read = await whenAll<(Group | null)[]>(
    missing.slice(0, cap).map((id) => findGroupById(z, id)),
  );
  for (const group of read) if (group) found.set(group.id, group);
  const groups = ids.flatMap((id) => found.get(id) ?? []);
  return { groups, unread: Math.max(0, missing.length - cap) };
};

const tooManyGroups = (count: number) =>
  appError(
    `The learner is in ${count} groups, more than one step handles (${MAX_LIST_ITEMS}): name the groups to remove them from.`,
    'too_many_groups',
    400,
  );

/**
 * Every group the learner is in, with what is known of each membership: from their record when
 * it lists them (at most 25, checked before anything is removed), otherwise from the memberships
 * of each group of a school with at most 100 groups (a request a group).
 */
const groupsOf = async (
  z: ZObject,
  person: Person,
  listed: string[] | undefined,
): Promise<{ group: Group; member: true }[]> => {
  if (listed) {
    if (listed.length > MAX_LIST_ITEMS) throw tooManyGroups(listed.length);
    const { groups } = await groupsWithIds(z, listed, MAX_LIST_ITEMS);
    return groups.map((group) => ({ group, member: true }));
  }
  const page = await firstPage(z, groupCollection);
  if (page.hasNext) {
    throw appError(
      `Northpass does not list the groups of ${person.attributes.email}, and the school has more than ${PAGE_SIZE} groups: name the groups to remove them from.`,
      'groups_unknown',
      400,
    );
  }
  const members = await whenAll<(boolean | undefined)[]>(
    page.items.map((group) => isMember(z, group.id, person.id)),
  );
  // a group too large to tell (undefined) is left too: the removal's own answer says
  const groups = page.items.filter((_, index) => members[index] !== false);
  if (groups.length > MAX_LIST_ITEMS) throw tooManyGroups(groups.length);
  return groups.map((group) => ({ group, member: true }));
};

/** The sentence a CRM note can take: what changed, and where the learner still is. */
const summaryOf = (
  email: string,
  removed: Group[],
  targets: Group[],
  remaining: { names: string[]; unread: number } | null,
): string => {
  const others = remaining
    ? [...remaining.names, ...(remaining.unread > 0 ? [`${remaining.unread} more`] : [])]
    : [];
  const still = others.length > 0 ? `; still in ${listing(others)}` : '';
  const unknown = remaining ? '' : ' (Northpass did not say which other groups they are in)';
  if (removed.length > 0)
    return `Removed ${email} from ${listing(names(removed))}${still}${unknown}.`;
  if (targets.length === 0) return `No changes: ${email} is in no group.`;
  return `No changes: ${email} was not in ${either(names(targets))}${still}${unknown}.`;
};

/**
 * Offboarding: takes a learner out of the named groups, or out of every group they are in. An
 * email that is no learner, or groups they are not in, are successes that say so; a re-run
 * changes nothing. After a failure midway, the error says which groups it already left.
 */
export const offboardLearner = async (
  z: ZObject,
  {
    learner,
    groups,
    splitMode = 'auto',
    preview = false,
  }: { learner: string; groups: string[]; splitMode?: SplitMode; preview?: boolean },
): Promise<OffboardingResult> => {
  const [found, named] = await whenAll<[Person | null, Group[] | undefined]>([
    findPerson(z, learner, learnerField.input.label),
    groups.length > 0
      ? resolveAllNamed(z, groupCollection, groups, GROUPS, splitMode)
      : Promise.resolve(undefined),
  ]);
  if (!found) {
    const what = learner.includes('@')
      ? `the email ${quote(learner.trim().toLowerCase())}`
      : `the ID ${quote(learner)}`;
    return {
      person: null,
      outcome: 'no_such_learner',
      removed: [],
      remaining: [],
      summary: preview
        ? previewSummary([`no learner has ${what}, so there is nothing to remove`])
        : `No learner has ${what}, so there was nothing to remove.`,
    };
  }
  // the learner's groups, from a read of their own record (a list's record may leave them out);
  // a learner given by ID was found by that read already
  const person = isUuid(learner) ? found : ((await findPersonById(z, found.id)) ?? found);
  const listed = await groupIdsOnRecord(z, person);
  const targets = named
    ? named.map((group) => ({ group, member: listed?.includes(group.id) }))
    : await groupsOf(z, person, listed);
  const left = new Set(targets.map(({ group }) => group.id));
  // the groups she stays in are named while the removals run (none stay when all are left)
  const others = named ? listed?.filter((id) => !left.has(id)) : [];
  const [removal, stay] = await Promise.all([
    settleEach(targets, ({ group, member }) =>
      (preview ? wouldLeaveGroup : leaveGroup)(z, group, person.id, member),
    ),
    settleEach(others ? [others] : [], (ids) => groupsWithIds(z, ids, MAX_LIST_ITEMS)),
  ]);
  const removed = removal.done
    .filter(({ result }) => result === 'removed')
    .map(({ item }) => item.group);
  const failure = removal.failure ?? stay.failure;
  if (failure) {
    throw removed.length > 0 ? afterPartialWork(failure, 'removed from', names(removed)) : failure;
  }
  const remaining = stay.done[0]?.result;
  const stillIn = others
    ? { names: names(remaining?.groups ?? []), unread: remaining?.unread ?? 0 }
    : null;
  const summary = summaryOf(
    person.attributes.email,
    removed,
    targets.map(({ group }) => group),
    stillIn,
  );
  if (preview) {
    // what the removals would do: "Removed …" becomes "would remove …"
    const would = summary.replace(/^Removed /, 'would remove ').replace(/^No changes: /, '');
    return {
      person,
      outcome: removed.length > 0 ? 'would_remove' : 'not_a_member',
      removed,
      remaining: stillIn?.names ?? null,
      summary: previewSummary([would.replace(/\.$/, '')]),
    };
  }
  return {
    person,
    outcome: removed.length > 0 ? 'removed' : 'not_a_member',
    removed,
    remaining: stillIn?.names ?? null,
    summary,
  };
};
