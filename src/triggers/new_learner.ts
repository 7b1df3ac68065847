import { defineTrigger, type PollingTriggerPerform, type ZObject } from 'zapier-platform-core';

import { checkInputs, inputsOf, resolveInputs, showAs } from '../lib/fields.js';
import { isUuid } from '../lib/inputs.js';
import { metaOf } from '../lib/meta.js';
import { whenAll } from '../lib/settle.js';
import { groupCollection } from '../resources/groups/api.js';
import { groupField, groupFilterField } from '../resources/groups/fields.js';
import { membersAmong } from '../resources/groups/relationships.js';
import type { Person } from '../resources/people/api.js';
import { newestPeople } from '../resources/people/lists.js';
import { learnerGroupsOf } from '../resources/people/learner-groups.js';
import { learnerGroupsOutputFields, learnerGroupsSample } from '../resources/people/samples.js';
import type { Newest } from '../resources/newest.js';
import { toLearnerOutput } from '../resources/people/output.js';
import { learnerOutputFields, learnerSample } from '../resources/people/samples.js';
import { pollItems, pollLimit } from '../resources/polling.js';
import { resolveNamed } from '../resources/lookup/references.js';

const fields = [
  showAs(groupFilterField, {
    key: 'group',
    helpText:
      'Only trigger for new learners in this group: pick it from the list, or type its exact name or ID. Leave blank for every new learner.',
  }),
] as const;

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

export default defineTrigger({
  key: 'new_learner',
  noun: 'Learner',
  display: {
    label: 'New Learner',
    description: 'Triggers when a new learner is added, optionally only in one group.',
  },
  operation: {
    type: 'polling',
    inputFields: inputsOf(fields),
    perform,
    sample: { ...learnerSample, ...learnerGroupsSample },
    outputFields: [...learnerOutputFields, ...learnerGroupsOutputFields],
  },
});
