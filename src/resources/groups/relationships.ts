import type { HttpResponse, ZObject } from 'zapier-platform-core';
import { z as zod } from 'zod';

import { behaviour } from '../../client/behaviour.js';
import { idSegment, relatedId } from '../../client/jsonapi.js';
import { refusal, ROUTE_MISSING, routeMissing } from '../../client/errors.js';
import { northpassReason } from '../../client/reason.js';
import { northpassRequest } from '../../client/request.js';
import { collectPages } from '../../client/pages.js';
import { answeredAfterRetry } from '../../client/retry.js';
import { quote } from '../../lib/inputs.js';
import { settleEach } from '../../lib/settle.js';
import { inNewestOrder } from '../newest.js';
import { courseIdsOf, findGroupById, groupPath, type Group } from './api.js';

/** confirmed: a group's memberships, the member at `relationships.person.data.id`. */
const membershipsPath = (groupId: string) => `${groupPath(groupId)}/memberships`;
/** likely: POST adds, DELETE removes, body `data: [{type: 'people', id}]`. */
const groupPeoplePath = (groupId: string) => `${groupPath(groupId)}/relationships/people`;

/** Memberships asked for per page (values up to 500 have worked), and pages read at most. */
export const MEMBERSHIP_PAGE_SIZE = 500;
export const MEMBERSHIP_PAGES = 10;

const membershipSchema = zod.looseObject({
  relationships: zod.looseObject({ person: zod.unknown() }),
  attributes: zod.looseObject({ created_at: zod.string().nullish() }).nullish(),
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
 * sorts them), page by page until `enough` says the ids answer the question, the memberships
 * are older than `since` (nobody created later can be further on), or the cap is reached.
 */
export const memberIds = async (
  z: ZObject,
  groupId: string,
  enough: (ids: Set<string>) => boolean = () => false,
  since = Number.NEGATIVE_INFINITY,
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
      maxPages: MEMBERSHIP_PAGES,
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

/** Whether the person is in the group; undefined when the group is too large to tell. */
export const isMember = async (
  z: ZObject,
  groupId: string,
  personId: string,
): Promise<boolean | undefined> => {
  const { ids, complete } = await memberIds(z, groupId, (found) => found.has(personId));
  return ids.has(personId) ? true : complete ? false : undefined;
};

/** Whether a relationship write changed anything (`unchanged`: it was already so, confirmed). */
export type WriteResult = 'changed' | 'unchanged';

/**
 * After a refusal that may mean "already so" (409/422 on an add, 404/409/422 on a removal), the
 * claim is believed only when a read confirms it, or, when no read can tell, Northpass's own
 * words say so. Otherwise Northpass's refusal is the error.
 */
export const confirmUnchanged = async (
  response: HttpResponse,
  alreadySo: () => Promise<boolean | undefined>,
  words: RegExp,
): Promise<WriteResult> => {
  const confirmed = await alreadySo();
  // after a retry, the first attempt (its answer lost) is what made it so
  if (confirmed === true) return answeredAfterRetry(response) ? 'changed' : 'unchanged';
  if (confirmed === undefined && words.test(northpassReason(response) ?? '')) return 'unchanged';
  throw refusal(response);
};

const write = (
  z: ZObject,
  method: 'POST' | 'DELETE',
  path: string,
  type: 'courses' | 'people',
  ids: string[],
  group: Group,
  refusals: readonly number[],
) =>
  northpassRequest(z, {
    method,
    path,
    body: { data: ids.map((id) => ({ type, id: idSegment(id) })) },
    retry: true,
    expect: [...refusals],
    notFound: `Northpass could not find the group ${quote(group.attributes.name)} or one of the records added to it.`,
  });

/**
 * POST /v2/groups/{id}/relationships/courses (unverified path). A refusal is "already assigned"
 * only when a read of the group lists every course; when the read lists none, a refused batch is
 * sent again one course at a time, where Northpass's own words can say which one was already there.
 * `onMissing`: the route is not known to exist yet, so a 404/405 is handed to it and answers
 * `missing` (for the caller to read the group back) instead of an error.
 */
export const assignThroughGroup = async (
  z: ZObject,
  group: Group,
  courseIds: string[],
  onMissing?: (response: HttpResponse) => void,
): Promise<WriteResult | 'missing'> => {
  const path = behaviour.groupCoursesPath(group.id);
  const refusals = [...behaviour.duplicateStatuses, ...(onMissing ? ROUTE_MISSING : [])];
  const send = (ids: string[]) => write(z, 'POST', path, 'courses', ids, group, refusals);
  const response = await send(courseIds);
  if (response.status < 300) return 'changed';
  if (onMissing && routeMissing(response.status)) {
    onMissing(response);
    return 'missing';
  }
  const assigned = courseIdsOf((await findGroupById(z, group.id)) ?? group);
  if (assigned) {
    const missing = courseIds.filter((id) => !assigned.includes(id));
    if (missing.length === 0) return 'unchanged';
    if (missing.length === courseIds.length) throw refusal(response);
    // some were there already, so the batch was refused: the others go on their own
    return assignThroughGroup(z, group, missing).then(() => 'changed');
  }
  if (courseIds.length === 1) {
    return confirmUnchanged(response, () => Promise.resolve(undefined), behaviour.alreadyReason);
  }
  const { done, failure } = await settleEach(courseIds, async (id) =>
    assignThroughGroup(z, group, [id]),
  );
  if (failure !== undefined) throw failure;
  return done.some(({ result }) => result === 'changed') ? 'changed' : 'unchanged';
};

/** POST /v2/groups/{id}/relationships/people; "already a member" is confirmed by a read. */
export const addPersonToGroup = async (
  z: ZObject,
  group: Group,
  personId: string,
): Promise<WriteResult> => {
  const path = groupPeoplePath(group.id);
  const response = await write(
    z,
    'POST',
    path,
    'people',
    [personId],
    group,
    behaviour.duplicateStatuses,
  );
  if (response.status < 300) return 'changed';
  return confirmUnchanged(response, () => isMember(z, group.id, personId), behaviour.alreadyReason);
};

/** DELETE /v2/groups/{id}/relationships/people; "not a member" is confirmed by a read. */
export const removePersonFromGroup = async (
  z: ZObject,
  group: Group,
  personId: string,
): Promise<WriteResult> => {
  const path = groupPeoplePath(group.id);
  const response = await write(
    z,
    'DELETE',
    path,
    'people',
    [personId],
    group,
    behaviour.notMemberStatuses,
  );
  if (response.status < 300) return 'changed';
  return confirmUnchanged(
    response,
    async () => {
      const member = await isMember(z, group.id, personId);
      return member === undefined ? undefined : !member;
    },
    behaviour.notMemberReason,
  );
};

/**
 * Takes the person out of the group, saying truly whether they were in it. `member` is what a
 * read already said (a learner's own record, or the group's memberships); when it is unknown
 * (`undefined`), the group's memberships are read first. `not_a_member` sends nothing.
 */
export const leaveGroup = async (
  z: ZObject,
  group: Group,
  personId: string,
  member: boolean | undefined,
): Promise<'removed' | 'not_a_member'> => {
  const wasMember = member ?? (await isMember(z, group.id, personId));
  if (wasMember === false) return 'not_a_member';
  const result = await removePersonFromGroup(z, group, personId);
  return result === 'changed' ? 'removed' : 'not_a_member';
};
