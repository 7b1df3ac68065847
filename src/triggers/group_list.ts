import { defineTrigger, type PollingTriggerPerform } from 'zapier-platform-core';

import { dropdownPage, pollItems } from '../resources/polling.js';
import { listGroups } from '../resources/groups/api.js';
import { groupOutputFields, groupSample, toGroupOutput } from '../resources/groups/output.js';

export const perform = (async (z, bundle) => {
  const { items, skipped } = await listGroups(z, { page: dropdownPage(bundle) });
  return pollItems(z, items.map(toGroupOutput), skipped);
}) satisfies PollingTriggerPerform;

export default defineTrigger({
  key: 'group_list',
  noun: 'Group',
  display: {
    label: 'List Groups',
    description: 'Lists groups for choosing one in a dropdown.',
    hidden: true,
  },
  operation: {
    type: 'polling',
    canPaginate: true,
    perform,
    sample: groupSample,
    outputFields: groupOutputFields,
  },
});
