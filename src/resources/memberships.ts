import type { ZObject } from 'zapier-platform-core';

import { MAX_LIST_ITEMS, requiredText, textList } from '../lib/inputs.js';
import { groupKind, type Group } from './groups/api.js';
import { resolvePerson, type Person } from './people/api.js';
import { resolveAllNamed } from './references.js';

/**
 * The learner and groups a membership step names: both inputs are checked before any request,
 * then the learner (ID or email) and each group (ID or name) are resolved.
 */
export const resolveMembership = async (
  z: ZObject,
  inputData: { learner?: unknown; groups?: unknown },
): Promise<{ person: Person; groups: Group[] }> => {
  const learnerRef = requiredText(inputData.learner, 'Learner');
  const groupRefs = textList(inputData.groups, 'Groups', { required: true, max: MAX_LIST_ITEMS });
  const person = await resolvePerson(z, learnerRef, 'Learner');
  const groups = await resolveAllNamed(z, groupKind, groupRefs, 'Groups');
  return { person, groups };
};
