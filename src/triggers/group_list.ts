import { defineTrigger } from 'zapier-platform-core';

import { groupChoiceOutputFields, groupChoiceSample } from '../resources/groups/samples.js';
import { later, runtime } from '../lib/later.js';

/** What the step does: loaded when it runs (src/lib/later.ts). */
export const perform = later(async () => (await runtime()).groupList);

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
