import type { PollingTriggerPerform, ZObject } from 'zapier-platform-core';

import { checkInputs, resolveInputs } from '../lib/fields.js';
import { isUuid } from '../lib/inputs.js';
import { metaOf } from '../lib/meta.js';
import { whenAll } from '../lib/settle.js';
import { groupCollection } from '../resources/groups/api.js';
import { groupField } from '../resources/groups/fields.js';
import { membersAmong } from '../resources/groups/relationships.js';
import type { Person } from '../resources/people/api.js';
import { newestPeople } from '../resources/people/lists.js';
import { learnerGroupsOf } from '../resources/people/learner-groups.js';
import type { Newest } from '../resources/newest.js';
import { toLearnerOutput } from '../resources/people/output.js';
import { pollItems, pollLimit } from '../resources/polling.js';
import { resolveNamed } from '../resources/lookup/references.js';
import { fields } from './new_learner.js';

/** Each learner's output, with every group they are in (at most one request for the names). */
const withGroups = async (z: ZObject, people: Person[]) => {
  const groups = await learnerGroupsOf(
    z,
    people.map((person) => ({ person })),
  );
  return people.map((person, index) => ({ ...toLearnerOutput(person), ...groups[index] }));
};

/** The group checked by its record: when testing the trigger, or when a poll finds it empty. */
const checkGroup = (z: ZObject, groupRef: string) =>
  resolveNamed(z, groupCollection, groupRef, groupField.input.label);

export const perform = (async (z, bundle) => {
  const checked = checkInputs(bundle.inputData, fields);
  const testing = metaOf(bundle).isLoadingSample ?? false;
  // an ID from the dropdown is trusted on polls, and checked (beside the poll) when testing
  const [, { group: groupId }, newest] = await whenAll<
    [unknown, { group?: string }, Newest<Person>]
  >([
    testing && checked.group && isUuid(checked.group)
      ? checkGroup(z, checked.group)
      : Promise.resolve(),
    resolveInputs(z, checked, fields),
    newestPeople(z, pollLimit(bundle)),
  ]);
  if (!groupId) return pollItems(z, await withGroups(z, newest.items), newest.skipped);
  const { members, anyMembers } = await membersAmong(z, groupId, newest.items);
  // a group with no members at all may be a group deleted since the Zap was set up
  if (!anyMembers && checked.group && isUuid(checked.group) && !testing) {
    await checkGroup(z, checked.group);
  }
  return pollItems(z, await withGroups(z, members), newest.skipped);
}) satisfies PollingTriggerPerform;
