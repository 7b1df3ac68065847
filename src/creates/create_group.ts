import { defineCreate, type CreatePerform } from 'zapier-platform-core';

import { checkInputs, inputsOf } from '../lib/fields.js';
import { findOrCreateGroup, groupCollection } from '../resources/groups/api.js';
import { findNamed } from '../resources/lookup/references.js';
import { previewField } from '../resources/school/preview.js';
import { groupNameField } from '../resources/groups/fields.js';
import { toGroupOutput, wouldBeGroup } from '../resources/groups/output.js';
import { createdGroupOutputFields, createdGroupSample } from '../resources/groups/samples.js';
import { labelledOutcome } from '../resources/outcome.js';
import { writeThrottle } from '../resources/school/zapier-engine.js';

const fields = [groupNameField, previewField] as const;

export const perform = (async (z, bundle) => {
  const { name, preview } = checkInputs(bundle.inputData, fields);
  const label = groupNameField.input.label;
  if (preview) {
    const existing = await findNamed(z, groupCollection, name, label);
    return existing
      ? { ...toGroupOutput(existing), ...labelledOutcome('existing'), preview }
      : { ...wouldBeGroup(name), ...labelledOutcome('would_create'), preview };
  }
  const { group, outcome } = await findOrCreateGroup(z, name, label);
  return { ...toGroupOutput(group), ...labelledOutcome(outcome), preview };
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
