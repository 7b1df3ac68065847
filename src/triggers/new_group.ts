import { defineTrigger, type PollingTriggerPerform } from 'zapier-platform-core';

import { pollLimit } from '../client/config.js';
import { metaOf } from '../lib/meta.js';
import { listGroups } from '../resources/groups/api.js';
import { groupOutputFields, groupSample, toGroupOutput } from '../resources/groups/output.js';

export const perform = (async (z, bundle) => {
  const limit = pollLimit(metaOf(bundle).isLoadingSample);
  const { items } = await listGroups(z, { limit, sort: '-created_at' });
  return items.map(toGroupOutput);
}) satisfies PollingTriggerPerform;

export default defineTrigger({
  key: 'new_group',
  noun: 'Group',
  display: {
    label: 'New Group',
    description: 'Triggers when a group is created in Northpass.',
  },
  operation: { type: 'polling', perform, sample: groupSample, outputFields: groupOutputFields },
});
