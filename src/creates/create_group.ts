import { defineCreate, type CreatePerform } from 'zapier-platform-core';

import { checkInputs, inputsOf } from '../lib/fields.js';
import { findOrCreateGroup } from '../resources/groups/api.js';
import { groupNameField } from '../resources/groups/fields.js';
import {
  createdGroupOutputFields,
  createdGroupSample,
  toGroupOutput,
} from '../resources/groups/output.js';
import { labelledOutcome } from '../resources/outcome.js';
import { writeThrottle } from '../resources/school/zapier-engine.js';

const fields = [groupNameField] as const;

export const perform = (async (z, bundle) => {
  const { name } = checkInputs(bundle.inputData, fields);
  const { group, outcome } = await findOrCreateGroup(z, name, groupNameField.input.label);
  return { ...toGroupOutput(group), ...labelledOutcome(outcome) };
}) satisfies CreatePerform;

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
