import { defineTrigger, type PollingTriggerPerform } from 'zapier-platform-core';

import { dropdownPage, pollItems } from '../resources/polling.js';
import { listGroups } from '../resources/groups/api.js';
import { toGroupChoices } from '../resources/groups/output.js';
import { groupChoiceOutputFields, groupChoiceSample } from '../resources/groups/samples.js';

export const perform = (async (z, bundle) => {
  const { items, skipped } = await listGroups(z, { page: dropdownPage(bundle) });
  return pollItems(z, toGroupChoices(items), skipped);
}) satisfies PollingTriggerPerform;

export default defineTrigger({
  key: 'group_list',
  noun: 'Group',
  display: {
    label: 'List Groups',
    description:
      'Lists groups for choosing one in a dropdown; groups of the same name show their member count and creation date.',
    hidden: true,
  },
  operation: {
    type: 'polling',
    canPaginate: true,
    perform,
    sample: groupChoiceSample,
    outputFields: groupChoiceOutputFields,
  },
});
