import {
  defineInputFields,
  defineTrigger,
  type PollingTriggerPerform,
  type ZObject,
} from 'zapier-platform-core';

import { pollLimit } from '../client/config.js';
import { isUuid, optionalText } from '../lib/inputs.js';
import { metaOf } from '../lib/meta.js';
import { groupKind } from '../resources/groups/api.js';
import { groupField } from '../resources/groups/fields.js';
import { groupIdsOf, listPeople } from '../resources/people/api.js';
import { learnerOutputFields, learnerSample, toLearnerOutput } from '../resources/people/output.js';
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
    : (await resolveNamed(z, groupKind, groupRef, 'Group')).id;

export const perform = (async (z, bundle) => {
  const { isLoadingSample = false } = metaOf(bundle);
  const groupRef = optionalText(bundle.inputData.group, 'Group');
  const groupId = groupRef && (await groupIdFor(z, groupRef, isLoadingSample));
  const { items } = await listPeople(z, { limit: pollLimit(isLoadingSample), sort: '-created_at' });
  return items
    .filter((person) => !groupId || groupIdsOf(person)?.includes(groupId))
    .map(toLearnerOutput);
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
