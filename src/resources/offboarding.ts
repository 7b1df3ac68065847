import type { ZObject } from 'zapier-platform-core';

import { PAGE_SIZE } from '../client/config.js';
import { fetchPage } from '../client/request.js';
import { appError, withContext } from '../lib/errors.js';
import { isUuid, MAX_LIST_ITEMS, quote } from '../lib/inputs.js';
import { settleEach, whenAll } from '../lib/settle.js';
import { findGroupById, groupCollection, groupSchema, names, type Group } from './groups/api.js';
import { groupsField } from './groups/fields.js';
import { isMember, leaveGroup } from './groups/relationships.js';
import { listing } from './onboarding-summary.js';
import { findPerson, findPersonById, groupIdsOnRecord, type Person } from './people/api.js';
import { learnerField } from './people/fields.js';
import { resolveAllNamed } from './references.js';

export interface OffboardingResult {
  person: Person | null;
  outcome: 'removed' | 'not_a_member' | 'no_such_learner';
  removed: Group[];
  remaining: string[];
  summary: string;
}

const GROUPS = groupsField.input.label;

/** Groups read by ID, for the learner's groups their record names. */
const groupsById = async (z: ZObject, ids: string[]): Promise<Group[]> => {
  if (ids.length > MAX_LIST_ITEMS) {
    throw appError(
      `The learner is in ${ids.length} groups, more than one step handles (${MAX_LIST_ITEMS}): name the groups to remove them from.`,
      'too_many_groups',
      400,
    );
  }
  const groups = await whenAll<(Group | null)[]>(ids.map((id) => findGroupById(z, id)));
  return groups.filter((group): group is Group => group !== null);
};

/**
 * Every group the learner is in: from their record when Northpass lists them, otherwise from
 * the memberships of each group of a school with at most 100 groups (a request a group).
 */
const groupsOf = async (
  z: ZObject,
  person: Person,
  listed: string[] | undefined,
): Promise<Group[]> => {
  if (listed) return groupsById(z, listed);
  const page = await fetchPage(
    z,
    { path: groupCollection.path, params: { limit: PAGE_SIZE } },
    groupSchema,
  );
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
  return page.items.filter((_group, index) => members[index] !== false);
};

/**
 * Offboarding: takes a learner out of the named groups, or out of every group they are in. An
 * email that is no learner, or groups they are not in, are successes that say so; a re-run
 * changes nothing. After a failure midway, the error says which groups it already left.
 */
export const offboardLearner = async (
  z: ZObject,
  { learner, groups }: { learner: string; groups: string[] },
): Promise<OffboardingResult> => {
  const [found, named] = await whenAll<[Person | null, Group[] | undefined]>([
    findPerson(z, learner, learnerField.input.label),
    groups.length > 0
      ? resolveAllNamed(z, groupCollection, groups, GROUPS)
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
      summary: `No learner has ${what}, so there was nothing to remove.`,
    };
  }
  // the learner's groups, from a read of their own record (a list's record may leave them out);
  // a learner given by ID was found by that read already
  const person = isUuid(learner) ? found : ((await findPersonById(z, found.id)) ?? found);
  const listed = groupIdsOnRecord(person);
  const targets = named ?? (await groupsOf(z, person, listed));
  // when the groups were found through their memberships, each is one she is in (or one too
  // large to tell, where the removal itself answers): no second read
  const known = listed ?? (named ? undefined : targets.map((group) => group.id));
  const { done, failure } = await settleEach(targets, (group) =>
    leaveGroup(z, group, person.id, known),
  );
  const removed = done.filter(({ result }) => result === 'removed').map(({ item }) => item);
  if (failure) {
    throw removed.length > 0
      ? withContext(
          failure,
          `Already done: removed from ${listing(names(removed))}. Then it failed:`,
        )
      : failure;
  }
  const left = new Set(targets.map((group) => group.id));
  const remaining =
    named && listed
      ? names(
          await groupsById(
            z,
            listed.filter((id) => !left.has(id)),
          ),
        )
      : [];
  const email = person.attributes.email;
  const still = remaining.length > 0 ? `; still in ${listing(remaining)}` : '';
  const summary =
    removed.length > 0
      ? `Removed ${email} from ${listing(names(removed))}${still}.`
      : targets.length === 0
        ? `No changes: ${email} is in no group.`
        : `No changes: ${email} was in none of ${listing(names(targets))}${still}.`;
  return {
    person,
    outcome: removed.length > 0 ? 'removed' : 'not_a_member',
    removed,
    remaining,
    summary,
  };
};
