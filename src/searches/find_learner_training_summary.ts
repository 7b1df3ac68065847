import { defineSearch } from 'zapier-platform-core';

import { inputsOf, showAs } from '../lib/fields.js';
import { learnerSearchField } from '../resources/people/fields.js';
import {
  trainingSummaryOutputFields,
  trainingSummarySample,
} from '../resources/transcripts/samples.js';
import { later, runtime } from '../lib/later.js';

export const fields = [
  showAs(learnerSearchField, {
    key: 'learner',
    label: 'Learner',
    dynamic: 'learner_list.id.email',
    search: 'find_learner.id',
    helpText:
      "The learner's email address or Northpass learner ID. Someone who is not a learner gives no result (not an error); a learner with no activity gives zero counts.",
  }),
] as const;

/** What the step does: loaded when it runs (src/lib/later.ts). */
export const perform = later(async () => (await runtime()).findLearnerTrainingSummary);

export default defineSearch({
  key: 'find_learner_training_summary',
  noun: 'Training Summary',
  display: {
    label: 'Find Learner Training Summary',
    description:
      "Finds a learner's training in one record: courses enrolled, in progress and completed, learning paths, certificates and when they expire.",
  },
  operation: {
    inputFields: inputsOf(fields),
    perform,
    sample: trainingSummarySample,
    outputFields: trainingSummaryOutputFields,
  },
});
