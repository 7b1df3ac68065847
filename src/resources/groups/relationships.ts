import type { HttpResponse, ZObject } from 'zapier-platform-core';

import { behaviour } from '../../client/behaviour.js';
import { idSegment } from '../../client/jsonapi.js';
import { refusal, ROUTE_MISSING, routeMissing } from '../../client/errors.js';
import { northpassReason } from '../../client/reason.js';
import { northpassRequest } from '../../client/request.js';
import { answeredAfterRetry } from '../../client/retry.js';
import { quote } from '../../lib/inputs.js';
import { settleEach } from '../../lib/settle.js';
import { courseIdsOf, findGroupById, groupPath, type Group } from './api.js';
import { isMember } from './memberships.js';

// who is in a group is read in memberships.ts; the flows and New Learner ask it here
export { isMember, membersAmong } from './memberships.js';

/** likely: POST adds, DELETE removes, body `data: [{type: 'people', id}]`. */
const groupPeoplePath = (groupId: string) => `${groupPath(groupId)}/relationships/people`;

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
/**
 * What `leaveGroup` would do, asking only: 'removed' when the learner is (or may be) in the group
 * (a preview says "would remove"), 'not_a_member' when she is known not to be.
 */
export const wouldLeaveGroup = async (
  z: ZObject,
  group: Group,
  personId: string,
  member: boolean | undefined,
): Promise<'removed' | 'not_a_member'> =>
  (member ?? (await isMember(z, group.id, personId))) === false ? 'not_a_member' : 'removed';

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
