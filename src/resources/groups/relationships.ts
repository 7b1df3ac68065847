import type { HttpResponse, ZObject } from 'zapier-platform-core';
import { z as zod } from 'zod';

import { behaviour } from '../../client/behaviour.js';
import { idSegment, relatedId } from '../../client/jsonapi.js';
import { refusal } from '../../client/errors.js';
import { northpassReason } from '../../client/reason.js';
import { collectPages, northpassRequest } from '../../client/request.js';
import { quote } from '../../lib/inputs.js';
import { courseIdsOf, findGroupById, groupPath, type Group } from './api.js';

/** confirmed: a group's memberships, the member at `relationships.person.data.id`. */
const membershipsPath = (groupId: string) => `${groupPath(groupId)}/memberships`;
/** likely: POST adds, DELETE removes, body `data: [{type: 'people', id}]`. */
const groupPeoplePath = (groupId: string) => `${groupPath(groupId)}/relationships/people`;

/** Pages of a group's memberships read at most: 1,000 members. */
export const MEMBERSHIP_PAGES = 10;

const membershipSchema = zod.looseObject({
  relationships: zod.looseObject({ person: zod.unknown() }),
});

/**
 * The ids of a group's members (GET /v2/groups/{id}/memberships), page by page until `enough`
 * says the ids answer the question or the cap is reached.
 */
export const memberIds = async (
  z: ZObject,
  groupId: string,
  enough: (ids: Set<string>) => boolean = () => false,
): Promise<{ ids: Set<string>; complete: boolean }> => {
  const idsOf = (items: zod.infer<typeof membershipSchema>[]) =>
    new Set(items.flatMap((item) => relatedId(item.relationships.person) ?? []));
  const collected = await collectPages(z, { path: membershipsPath(groupId) }, membershipSchema, {
    maxPages: MEMBERSHIP_PAGES,
    enough: (items) => enough(idsOf(items)),
  });
  return { ids: idsOf(collected.items), complete: collected.complete };
};

/**
 * The people among `people` who are members of the group, read from the group's memberships
 * (confirmed), never from the people list's relationship data (which may be left out or empty).
 * Reading stops as soon as every person is accounted for: 1 request for most groups.
 */
export const membersAmong = async <P extends { id: string }>(
  z: ZObject,
  groupId: string,
  people: P[],
): Promise<P[]> => {
  if (people.length === 0) return [];
  const wanted = new Set(people.map((person) => person.id));
  const { ids } = await memberIds(z, groupId, (found) => [...wanted].every((id) => found.has(id)));
  return people.filter((person) => ids.has(person.id));
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
const confirmUnchanged = async (
  response: HttpResponse,
  alreadySo: () => Promise<boolean | undefined>,
  words: RegExp,
): Promise<WriteResult> => {
  const confirmed = await alreadySo();
  if (confirmed === true) return 'unchanged';
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
 * POST /v2/groups/{id}/relationships/courses (unverified path). "Already assigned" is confirmed
 * by reading the group's courses back.
 */
export const addCoursesToGroup = async (
  z: ZObject,
  group: Group,
  courseIds: string[],
): Promise<WriteResult> => {
  const path = behaviour.groupCoursesPath(group.id);
  const response = await write(
    z,
    'POST',
    path,
    'courses',
    courseIds,
    group,
    behaviour.duplicateStatuses,
  );
  if (response.status < 300) return 'changed';
  return confirmUnchanged(
    response,
    async () => {
      const assigned = courseIdsOf((await findGroupById(z, group.id)) ?? group);
      return assigned && courseIds.every((id) => assigned.includes(id));
    },
    behaviour.alreadyReason,
  );
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
