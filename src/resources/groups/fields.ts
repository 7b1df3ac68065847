import { defineInputField } from 'zapier-platform-core';

import { MAX_LIST_ITEMS } from '../../lib/inputs.js';

export const groupField = defineInputField({
  key: 'group',
  label: 'Group',
  required: true,
  dynamic: 'group_list.id.name',
  helpText: 'Pick a group, or map a group ID or the exact group name from an earlier step.',
});

export const groupsField = defineInputField({
  key: 'groups',
  label: 'Groups',
  required: true,
  list: true,
  dynamic: 'group_list.id.name',
  helpText: `Pick groups, or map group IDs or exact group names (up to ${MAX_LIST_ITEMS}).`,
});
