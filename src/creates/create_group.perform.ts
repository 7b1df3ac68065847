import type { CreatePerform } from 'zapier-platform-core';

import { checkInputs } from '../lib/fields.js';
import { findOrCreateGroup, groupCollection } from '../resources/groups/api.js';
import { findNamed } from '../resources/lookup/references.js';
import { groupNameField } from '../resources/groups/fields.js';
import { toGroupOutput, wouldBeGroup } from '../resources/groups/output.js';
import { labelledOutcome } from '../resources/outcome.js';
import { fields } from './create_group.js';

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
