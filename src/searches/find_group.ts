import { defineSearch } from 'zapier-platform-core';

import { inputsOf } from '../lib/fields.js';
import { groupSearchField } from '../resources/groups/fields.js';
import { groupOutputFields, groupSample } from '../resources/groups/samples.js';
import { later, runtime } from '../lib/later.js';

export const fields = [groupSearchField] as const;

/** What the step does: loaded when it runs (src/lib/later.ts). */
export const perform = later(async () => (await runtime()).findGroup);

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
