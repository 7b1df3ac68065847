import type { CreatePerform } from 'zapier-platform-core';

import { checkInputs } from '../lib/fields.js';
import { findOrCreatePerson, findPersonByEmail } from '../resources/people/api.js';
import { labelledOutcome } from '../resources/outcome.js';
import { learnerGroupsOf, NO_GROUPS } from '../resources/people/learner-groups.js';
import { namesOf } from '../resources/people/fields.js';
import { toLearnerOutput } from '../resources/people/output.js';
import { wouldBeLearner } from '../resources/people/changes-output.js';
import { fields } from './create_learner.js';

export const perform = (async (z, bundle) => {
  const input = checkInputs(bundle.inputData, fields);
  const { preview } = input;
  if (preview) {
    const existing = await findPersonByEmail(z, input.email);
    const [groups] = existing ? await learnerGroupsOf(z, [{ person: existing }]) : [NO_GROUPS];
    return existing
      ? { ...toLearnerOutput(existing), ...groups, ...labelledOutcome('existing'), preview }
      : {
          ...wouldBeLearner(input.email, namesOf(input)),
          ...NO_GROUPS,
          ...labelledOutcome('would_create'),
          preview,
        };
  }
  const { person, outcome } = await findOrCreatePerson(z, {
    email: input.email,
    ...namesOf(input),
  });
  const [groups] = await learnerGroupsOf(z, [{ person, created: outcome === 'created' }]);
  return { ...toLearnerOutput(person), ...groups, ...labelledOutcome(outcome), preview };
}) satisfies CreatePerform;
