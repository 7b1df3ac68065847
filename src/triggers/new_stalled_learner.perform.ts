import type { PollingTriggerPerform } from 'zapier-platform-core';

import { readInputs } from '../lib/fields.js';
import { stalledWatch } from '../resources/enrollments/stalled.js';
import { watchEnrollments } from '../resources/enrollments/watch.js';
import { fields } from './new_stalled_learner.js';

export const perform = (async (z, bundle) => {
  const inputs = await readInputs(z, bundle.inputData, fields);
  const watch = stalledWatch(
    {
      enrolledDays: inputs.enrolled_days,
      progressBelow: inputs.progress_below,
      inactiveDays: inputs.inactive_days,
    },
    inputs.course && { id: inputs.course.id, name: inputs.course.attributes.name },
  );
  return (await watchEnrollments(z, bundle, watch)).items;
}) satisfies PollingTriggerPerform;
