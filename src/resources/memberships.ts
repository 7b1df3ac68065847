import type { ZObject } from 'zapier-platform-core';

import { MAX_LIST_ITEMS, requiredText, textList } from '../lib/inputs.js';
import { whenAll } from '../lib/settle.js';
import { groupCollection, type Group } from './groups/api.js';
import { memberIds } from './groups/relationships.js';
import { resolvePerson, type Person } from './people/api.js';
import { resolveAllNamed } from './references.js';

/**
 * The learner and groups a membership step names: both inputs are checked before any request,
 * then the learner (ID or email) and each group (ID or name) are resolved, in parallel.
 */
export const resolveMembership = async (
  z: ZObject,
  inputData: { learner?: unknown; groups?: unknown },
): Promise<{ person: Person; groups: Group[] }> => {
  const learnerRef = requiredText(inputData.learner, 'Learner');
  const groupRefs = textList(inputData.groups, 'Groups', { required: true, max: MAX_LIST_ITEMS });
  const [person, groups] = await whenAll<[Person, Group[]]>([
    resolvePerson(z, learnerRef, 'Learner'),
    resolveAllNamed(z, groupCollection, groupRefs, 'Groups'),
  ]);
  return { person, groups };
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
