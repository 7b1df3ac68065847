import type { CreatePerform } from 'zapier-platform-core';

import { checkInputs } from '../lib/fields.js';
import { names } from '../resources/groups/api.js';
import { offboardLearner } from '../flows/offboarding.js';
import {
  noSuchLearner,
  toLearnerOutput,
  type OffboardingOutput,
} from '../resources/people/output.js';
import { labelledOutcome } from '../resources/outcome.js';
import { fields } from './offboard_learner.js';

export const perform = (async (z, bundle) => {
  const { learner, groups, split_values, preview } = checkInputs(bundle.inputData, fields);
  const result = await offboardLearner(z, { learner, groups, splitMode: split_values, preview });
  return {
    ...(result.person ? toLearnerOutput(result.person) : noSuchLearner(learner)),
    ...labelledOutcome(result.outcome),
    removed_group_ids: result.removed.map((group) => group.id),
    removed_group_names: names(result.removed),
    remaining_group_names: result.remaining,
    summary: result.summary,
    preview,
  } satisfies OffboardingOutput;
}) satisfies CreatePerform;
