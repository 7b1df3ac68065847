import { defineCreate, defineInputFields, type CreatePerform } from 'zapier-platform-core';

import { requiredText } from '../lib/inputs.js';
import { findOrCreateGroup } from '../resources/groups/api.js';
import {
  createdGroupOutputFields,
  createdGroupSample,
  toGroupOutput,
} from '../resources/groups/output.js';

const inputFields = defineInputFields([
  {
    key: 'name',
    label: 'Group Name',
    required: true,
    helpText:
      'The name of the group. If a group with this name already exists, that group is returned and nothing new is created.',
  },
]);

export const perform = (async (z, bundle) => {
  const name = requiredText(bundle.inputData.name, 'Group Name');
  const { group, outcome } = await findOrCreateGroup(z, name, 'Group Name');
  return { ...toGroupOutput(group), outcome };
}) satisfies CreatePerform<typeof inputFields>;

export default defineCreate({
  key: 'create_group',
  noun: 'Group',
  display: {
    label: 'Create Group',
    description: 'Creates a group, or returns the existing group with the same name.',
  },
  operation: {
    inputFields,
    perform,
    sample: createdGroupSample,
    outputFields: createdGroupOutputFields,
  },
});
