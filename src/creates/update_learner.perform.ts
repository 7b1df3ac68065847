import type { CreatePerform } from 'zapier-platform-core';

import { readInputs } from '../lib/fields.js';
import { changedAttributes, updatePerson } from '../resources/people/api.js';
import { namesOf } from '../resources/people/fields.js';
import { toLearnerOutput } from '../resources/people/output.js';
import { labelledOutcome } from '../resources/outcome.js';
import { fields } from './update_learner.js';

export const perform = (async (z, bundle) => {
  const { learner, email, preview, ...names } = await readInputs(z, bundle.inputData, fields);
  const changes = changedAttributes(learner, { email, ...namesOf(names) });
  const changed = Object.keys(changes).length > 0;
  if (preview) {
    // the learner as the update would leave them; nothing is sent
    const renamed = changes.first_name !== undefined || changes.last_name !== undefined;
    const attributes = {
      ...learner.attributes,
      ...changes,
      ...(renamed ? { full_name: null, name: null } : {}),
    };
    const after = { ...learner, attributes };
    return {
      ...toLearnerOutput(after),
      preview,
      ...labelledOutcome(changed ? 'would_update' : 'unchanged'),
    };
  }
  const updated = changed ? await updatePerson(z, learner, changes) : learner;
  return {
    ...toLearnerOutput(updated),
    preview,
    ...labelledOutcome(changed ? 'updated' : 'unchanged'),
  };
}) satisfies CreatePerform;
