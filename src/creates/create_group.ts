import { defineCreate } from 'zapier-platform-core';

import { inputsOf } from '../lib/fields.js';
import { previewField } from '../resources/school/preview.js';
import { groupNameField } from '../resources/groups/fields.js';
import { createdGroupOutputFields, createdGroupSample } from '../resources/groups/samples.js';
import { writeThrottle } from '../resources/school/zapier-engine.js';
import { later, runtime } from '../lib/later.js';

export const fields = [groupNameField, previewField] as const;

/** What the step does: loaded when it runs (src/lib/later.ts). */
export const perform = later(async () => (await runtime()).createGroup);

export default defineCreate({
  key: 'create_group',
  noun: 'Group',
  display: {
    label: 'Create Group',
    description: 'Creates a group, or returns the existing group with the same name.',
  },
  operation: {
    throttle: writeThrottle,
    inputFields: inputsOf(fields),
    perform,
    sample: createdGroupSample,
    outputFields: createdGroupOutputFields,
  },
});
