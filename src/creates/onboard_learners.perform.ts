import type { CreatePerform } from 'zapier-platform-core';

import { checkInputs } from '../lib/fields.js';
import { onboardLearners } from '../flows/bulk-onboarding.js';
import { fields } from './onboard_learners.js';

export const perform = (async (z, bundle) => {
  const input = checkInputs(bundle.inputData, fields);
  const result = await onboardLearners(z, {
    learners: input.learners,
    groupRefs: input.groups,
    courseRefs: input.courses,
    createMissingGroups: input.create_missing_groups,
    resendIfPending: input.resend_invitation_if_pending,
    splitMode: input.split_values,
    preview: input.preview,
  });
  return {
    created: result.created,
    existing: result.existing,
    added: result.added,
    failed: result.failed,
    learners: result.learners,
    summary: result.summary,
    preview: input.preview,
  };
}) satisfies CreatePerform;
