import type { ZObject } from 'zapier-platform-core';
import * as zod from 'zod/mini';

import { behaviour } from '../../client/behaviour.js';
import { relatedId } from '../../client/jsonapi.js';
import { knownFacts, learn } from '../../client/learned.js';
import { collectPages, fetchPage } from '../../client/pages.js';
import { oncePerRun } from '../../client/run.js';
import { inNewestOrder } from '../newest.js';
import { findPersonById, groupIdsOnRecord } from '../people/api.js';
import { groupPath } from './api.js';

/** Who is in a group: its memberships, read page by page, or asked for one person. */

/** confirmed: a group's memberships, the member at `relationships.person.data.id`. */
const membershipsPath = (groupId: string) => `${groupPath(groupId)}/memberships`;

/** Memberships asked for per page (values up to 500 have worked), and pages read at most. */
const MEMBERSHIP_PAGE_SIZE = 500;
const MEMBERSHIP_PAGES = 10;
/** Memberships asked for when one person's are asked for: enough to see a filter ignored. */
const PERSON_PAGE_SIZE = 10;

const membershipSchema = zod.looseObject({
  relationships: zod.looseObject({ person: zod.unknown() }),
  attributes: zod.nullish(zod.looseObject({ created_at: zod.nullish(zod.string()) })),
});
type Membership = zod.infer<typeof membershipSchema>;

const idsOf = (items: Membership[]) =>
  new Set(items.flatMap((item) => relatedId(item.relationships.person) ?? []));

/** When the memberships are newest first and already older than `since`, the rest are too. */
const olderThan = (items: Membership[], since: number): boolean => {
  const dates = items.map((item) => Date.parse(item.attributes?.created_at ?? ''));
  const last = dates.at(-1);
  return (
    last !== undefined &&
    last < since &&
    inNewestOrder(dates.map((date) => (Number.isFinite(date) ? date : undefined))) === true
  );
};

/**
 * The ids of a group's members (GET /v2/groups/{id}/memberships, newest first when Northpass
 * sorts them), page by page from `from` until `enough` says the ids answer the question, the
 * memberships are older than `since` (nobody created later can be further on), or page
 * `lastPage` (at most the 10th: 5,000 members) is read.
 */
export const memberIds = async (
  z: ZObject,
  groupId: string,
  enough: (ids: Set<string>) => boolean = () => false,
  since = Number.NEGATIVE_INFINITY,
  { from = 1, lastPage = MEMBERSHIP_PAGES }: { from?: number; lastPage?: number } = {},
): Promise<{ ids: Set<string>; complete: boolean }> => {
  const collected = await collectPages(
    z,
    {
      path: membershipsPath(groupId),
      params: { limit: MEMBERSHIP_PAGE_SIZE, ...behaviour.newestFirst },
      optional: ['sort'],
    },
    membershipSchema,
    {
      maxPages: lastPage,
      from,
      enough: (items) => enough(idsOf(items)) || olderThan(items, since),
    },
  );
  return { ids: idsOf(collected.items), complete: collected.complete };
};

/**
 * The people among `people` who are members of the group, read from the group's memberships
 * (confirmed), never from the people list's relationship data (which may be left out or empty).
 * Reading stops once every person is accounted for, or once the memberships (newest first) are
 * older than the newest people: 1 request for most groups, up to 10 (5,000 members) otherwise.
 */
export const membersAmong = async <
  P extends { id: string; attributes: { created_at?: string | null } },
>(
  z: ZObject,
  groupId: string,
  people: P[],
): Promise<{ members: P[]; anyMembers: boolean }> => {
  if (people.length === 0) return { members: [], anyMembers: true };
  const wanted = new Set(people.map((person) => person.id));
  const created = people.map((person) => Date.parse(person.attributes.created_at ?? ''));
  const since = created.every(Number.isFinite) ? Math.min(...created) : Number.NEGATIVE_INFINITY;
  const { ids } = await memberIds(
    z,
    groupId,
    (found) => [...wanted].every((id) => found.has(id)),
    since,
  );
  return { members: people.filter((person) => ids.has(person.id)), anyMembers: ids.size > 0 };
};

/**
 * GET /v2/groups/{id}/memberships filtered to one person (UNVERIFIED filter, see
 * `behaviour.membershipPersonFilter`): whether they are a member, or undefined when Northpass
 * ignored or refused the filter (learned for the connection). An answer listing only their
 * memberships, or none, is right whether or not the filter was applied; `others` says the group
 * has other members, so that such an answer proves the filter works.
 */
const askByPerson = async (
  z: ZObject,
  groupId: string,
  personId: string,
  others: boolean,
): Promise<boolean | undefined> => {
  const page = await fetchPage(
    z,
    {
      path: membershipsPath(groupId),
      params: { limit: PERSON_PAGE_SIZE, ...behaviour.membershipPersonFilter(personId) },
      expect: [400],
    },
    membershipSchema,
  );
  const ids = idsOf(page.items);
  const ignored = page.status === 400 || [...ids].some((id) => id !== personId);
  if (ignored || others) {
    await learn(z, (facts) => {
      facts.membershipPersonFilter = !ignored;
    });
  }
  return ignored ? undefined : ids.has(personId);
};

/**
 * The filtered answer, unless the filter is known not to work. While that is unknown, one group
 * of the run asks first and the others wait for what it found: at most 1 request a run is spent
 * finding out that Northpass ignores the filter.
 */
const askIfFiltered = async (
  z: ZObject,
  groupId: string,
  personId: string,
): Promise<boolean | undefined> => {
  if ((await knownFacts(z)).membershipPersonFilter === false) return undefined;
  const first = await oncePerRun(z, 'membership-filter', async () => ({
    groupId,
    personId,
    told: await askByPerson(z, groupId, personId, true),
  }));
  if (first.groupId === groupId && first.personId === personId) return first.told;
  return first.told === undefined ? undefined : askByPerson(z, groupId, personId, true);
};

/** Whether the person's own record lists the group, when records are known to list groups. */
const listedOnRecord = async (
  z: ZObject,
  groupId: string,
  personId: string,
): Promise<boolean | undefined> => {
  if ((await knownFacts(z)).recordListsGroups !== true) return undefined;
  const person = await findPersonById(z, personId);
  return person ? (await groupIdsOnRecord(z, person))?.includes(groupId) : undefined;
};

/**
 * Whether the person is in the group; undefined when the group is too large to tell. One page of
 * memberships (500) answers for most groups. A larger group costs one request more: the person's
 * own record (where records list groups) or the memberships filtered to the person (where
 * Northpass filters them); otherwise its pages are read, up to 10. Where the filter is known to
 * work it is asked first: 1 request whatever the group's size.
 */
export const isMember = async (
  z: ZObject,
  groupId: string,
  personId: string,
): Promise<boolean | undefined> => {
  if ((await knownFacts(z)).membershipPersonFilter === true) {
    const told = await askByPerson(z, groupId, personId, false);
    if (told !== undefined) return told;
  }
  const found = (ids: Set<string>) => ids.has(personId);
  const first = await memberIds(z, groupId, found, undefined, { lastPage: 1 });
  if (first.ids.has(personId)) return true;
  if (first.complete) return false;
  const told =
    (await listedOnRecord(z, groupId, personId)) ?? (await askIfFiltered(z, groupId, personId));
  if (told !== undefined) return told;
  const { ids, complete } = await memberIds(z, groupId, found, undefined, { from: 2 });
  return ids.has(personId) ? true : complete ? false : undefined;
};
