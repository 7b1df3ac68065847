import { defineTrigger } from 'zapier-platform-core';

import { groupOutputFields, groupSample } from '../resources/groups/samples.js';
import { later, runtime } from '../lib/later.js';

/** What the step does: loaded when it runs (src/lib/later.ts). */
export const perform = later(async () => (await runtime()).newGroup);

export default defineTrigger({
  key: 'new_group',
  noun: 'Group',
  display: {
    label: 'New Group',
    description: 'Triggers when a new group is created.',
  },
  operation: { type: 'polling', perform, sample: groupSample, outputFields: groupOutputFields },
});
