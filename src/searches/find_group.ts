import { defineSearch, type SearchPerform } from 'zapier-platform-core';

import { inputsOf, readInputs } from '../lib/fields.js';
import { groupSearchField } from '../resources/groups/fields.js';
import { toGroupOutput } from '../resources/groups/output.js';
import { groupOutputFields, groupSample } from '../resources/groups/samples.js';

const fields = [groupSearchField] as const;

export const perform = (async (z, bundle) => {
  const { name: group } = await readInputs(z, bundle.inputData, fields);
  return group ? [toGroupOutput(group)] : [];
}) satisfies SearchPerform;

export default defineSearch({
  key: 'find_group',
  noun: 'Group',
  display: {
    label: 'Find Group',
    description: 'Finds a group by its name or ID.',
  },
  operation: {
    inputFields: inputsOf(fields),
    perform,
    sample: groupSample,
    outputFields: groupOutputFields,
  },
});
