import type { CreatePerform } from 'zapier-platform-core';

import { afterPartialWork } from '../lib/errors.js';
import { readInputs } from '../lib/fields.js';
import { settleEach } from '../lib/settle.js';
import { names } from '../resources/groups/api.js';
import { leaveGroup, wouldLeaveGroup } from '../resources/groups/relationships.js';
import { previewSummary } from '../resources/school/preview.js';
import { groupIdsOf } from '../resources/people/api.js';
import { noSuchLearner, toLearnerOutput } from '../resources/people/output.js';
import {
  noLearnerSummary,
  removalSummary,
  type LearnerRemovalOutput,
} from '../resources/people/removal.js';
import { outcomeLabel } from '../resources/outcome.js';
import { fields } from './remove_learner_from_group.js';

export const perform = (async (z, bundle) => {
  const { learner, groups, preview } = await readInputs(z, bundle.inputData, fields);
  if (!learner.person) {
    return {
      ...noSuchLearner(learner.value),
      outcome: 'no_such_learner',
      removed_group_ids: [],
      removed_group_names: [],
      outcome_label: outcomeLabel('no_such_learner'),
      summary: preview
        ? previewSummary([
            noLearnerSummary(learner.value)
              .replace(/^No/, 'no')
              .replace('there was', 'there is')
              .replace(/\.$/, ''),
          ])
        : noLearnerSummary(learner.value),
      preview,
    } satisfies LearnerRemovalOutput;
  }
  const person = learner.person;
  const listed = groupIdsOf(person);
  const { done, failure } = await settleEach(groups, (group) =>
    (preview ? wouldLeaveGroup : leaveGroup)(z, group, person.id, listed?.includes(group.id)),
  );
  const removed = done.filter(({ result }) => result === 'removed').map(({ item }) => item);
  if (failure !== undefined) {
    throw removed.length > 0 ? afterPartialWork(failure, 'removed from', names(removed)) : failure;
  }
  const outcome = removed.length === 0 ? 'not_a_member' : preview ? 'would_remove' : 'removed';
  const notIn = done.filter(({ result }) => result !== 'removed').map(({ item }) => item);
  const summary = removalSummary(person.attributes.email, names(removed), names(notIn));
  return {
    ...toLearnerOutput(person),
    outcome,
    removed_group_ids: removed.map((group) => group.id),
    removed_group_names: names(removed),
    outcome_label: outcomeLabel(outcome),
    summary: preview
      ? previewSummary([summary.replace(/^Removed /, 'would remove ').replace(/\.$/, '')])
      : summary,
    preview,
  } satisfies LearnerRemovalOutput;
}) satisfies CreatePerform;
