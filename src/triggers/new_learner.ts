import {
  defineInputFields,
  defineTrigger,
  type PollingTriggerPerform,
  type ZObject,
} from 'zapier-platform-core';

import { isUuid, optionalText } from '../lib/inputs.js';
import { metaOf } from '../lib/meta.js';
import { whenAll } from '../lib/settle.js';
import { groupCollection } from '../resources/groups/api.js';
import { groupField } from '../resources/groups/fields.js';
import { membersAmong } from '../resources/memberships.js';
import { newestPeople, type Person } from '../resources/people/api.js';
import type { Newest } from '../resources/newest.js';
import { learnerOutputFields, learnerSample, toLearnerOutput } from '../resources/people/output.js';
import { pollItems, pollLimit } from '../resources/polling.js';
import { resolveNamed } from '../resources/references.js';

const inputFields = defineInputFields([
  {
    ...groupField,
    required: false,
    helpText:
      'Only trigger for new learners in this group. Pick a group, or map a group ID or exact name. Leave blank for every new learner.',
  },
]);

/** A group ID from the dropdown is trusted on polls and checked when the trigger is tested. */
const groupIdFor = async (z: ZObject, groupRef: string, testing: boolean): Promise<string> =>
  isUuid(groupRef) && !testing
    ? groupRef.toLowerCase()
    : (await resolveNamed(z, groupCollection, groupRef, 'Group')).id;

export const perform = (async (z, bundle) => {
  const groupRef = optionalText(bundle.inputData.group, 'Group');
  const testing = metaOf(bundle).isLoadingSample ?? false;
  const [groupId, newest] = await whenAll<[string | undefined, Newest<Person>]>([
    groupRef ? groupIdFor(z, groupRef, testing) : Promise.resolve(undefined),
    newestPeople(z, pollLimit(bundle)),
  ]);
  const people = groupId ? await membersAmong(z, groupId, newest.items) : newest.items;
  return pollItems(z, people.map(toLearnerOutput), newest.skipped);
}) satisfies PollingTriggerPerform<typeof inputFields>;

export default defineTrigger({
  key: 'new_learner',
  noun: 'Learner',
  display: {
    label: 'New Learner',
    description: 'Triggers when a learner is added to Northpass, optionally only in one group.',
  },
  operation: {
    type: 'polling',
    inputFields,
    perform,
    sample: learnerSample,
    outputFields: learnerOutputFields,
  },
});
