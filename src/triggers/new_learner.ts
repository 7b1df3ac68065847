import { defineTrigger, type PollingTriggerPerform, type ZObject } from 'zapier-platform-core';

import { checkInputs, inputsOf, showAs } from '../lib/fields.js';
import { isUuid } from '../lib/inputs.js';
import { metaOf } from '../lib/meta.js';
import { whenAll } from '../lib/settle.js';
import { groupCollection } from '../resources/groups/api.js';
import { optionalGroupField } from '../resources/groups/fields.js';
import { membersAmong } from '../resources/groups/relationships.js';
import type { Person } from '../resources/people/api.js';
import { newestPeople } from '../resources/people/lists.js';
import type { Newest } from '../resources/newest.js';
import { learnerOutputFields, learnerSample, toLearnerOutput } from '../resources/people/output.js';
import { pollItems, pollLimit } from '../resources/polling.js';
import { resolveNamed } from '../resources/lookup/references.js';

const fields = [
  showAs(optionalGroupField, {
    key: 'group',
    helpText:
      'Only trigger for new learners in this group. Pick a group, or map a group ID or exact name. Leave blank for every new learner.',
  }),
] as const;

/** A group ID from the dropdown is trusted on polls and checked when the trigger is tested. */
const groupIdFor = async (z: ZObject, groupRef: string, testing: boolean): Promise<string> =>
  isUuid(groupRef) && !testing
    ? groupRef.toLowerCase()
    : (await resolveNamed(z, groupCollection, groupRef, optionalGroupField.input.label)).id;

export const perform = (async (z, bundle) => {
  const { group: groupRef } = checkInputs(bundle.inputData, fields);
  const testing = metaOf(bundle).isLoadingSample ?? false;
  const [groupId, newest] = await whenAll<[string | undefined, Newest<Person>]>([
    groupRef ? groupIdFor(z, groupRef, testing) : Promise.resolve(undefined),
    newestPeople(z, pollLimit(bundle)),
  ]);
  if (!groupId) return pollItems(z, newest.items.map(toLearnerOutput), newest.skipped);
  const { members, anyMembers } = await membersAmong(z, groupId, newest.items);
  // a group with no members at all may be a group deleted since the Zap was set up
  if (!anyMembers && groupRef && isUuid(groupRef)) {
    await resolveNamed(z, groupCollection, groupRef, optionalGroupField.input.label);
  }
  return pollItems(z, members.map(toLearnerOutput), newest.skipped);
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
    sample: learnerSample,
    outputFields: learnerOutputFields,
  },
});
