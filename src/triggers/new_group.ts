import { defineTrigger, type PollingTriggerPerform } from 'zapier-platform-core';

import { newestGroups } from '../resources/groups/api.js';
import { toGroupOutput } from '../resources/groups/output.js';
import { groupOutputFields, groupSample } from '../resources/groups/samples.js';
import { pollItems, pollLimit } from '../resources/polling.js';

export const perform = (async (z, bundle) => {
  const { items, skipped } = await newestGroups(z, pollLimit(bundle));
  return pollItems(z, items.map(toGroupOutput), skipped);
}) satisfies PollingTriggerPerform;

export default defineTrigger({
  key: 'new_group',
  noun: 'Group',
  display: {
    label: 'New Group',
    description: 'Triggers when a new group is created.',
  },
  operation: { type: 'polling', perform, sample: groupSample, outputFields: groupOutputFields },
});
