import { defineInputFields, defineSearch, type SearchPerform } from 'zapier-platform-core';

import { requiredText } from '../lib/inputs.js';
import { groupCollection } from '../resources/groups/api.js';
import { groupOutputFields, groupSample, toGroupOutput } from '../resources/groups/output.js';
import { findNamed } from '../resources/references.js';

const inputFields = defineInputFields([
  {
    key: 'name',
    label: 'Group Name or ID',
    required: true,
    helpText:
      'The exact group name (letter case and extra spaces are ignored when nothing matches exactly), or a group ID.',
  },
]);

export const perform = (async (z, bundle) => {
  const value = requiredText(bundle.inputData.name, 'Group Name or ID');
  const group = await findNamed(z, groupCollection, value, 'Group Name or ID');
  return group ? [toGroupOutput(group)] : [];
}) satisfies SearchPerform<typeof inputFields>;

export default defineSearch({
  key: 'find_group',
  noun: 'Group',
  display: {
    label: 'Find Group',
    description: 'Finds a group by its name or ID.',
  },
  operation: { inputFields, perform, sample: groupSample, outputFields: groupOutputFields },
});
