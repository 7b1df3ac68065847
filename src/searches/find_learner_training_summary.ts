import { defineSearch, type SearchPerform } from 'zapier-platform-core';

import { inputsOf, readInputs, showAs } from '../lib/fields.js';
import { learnerSearchField } from '../resources/people/fields.js';
import { transcriptOf } from '../resources/transcripts/api.js';
import {
  SUMMARY_TRANSCRIPT_PAGES,
  summaryTooLong,
  toTrainingSummary,
} from '../resources/transcripts/summary.js';
import {
  trainingSummaryOutputFields,
  trainingSummarySample,
} from '../resources/transcripts/samples.js';

const fields = [
  showAs(learnerSearchField, {
    key: 'learner',
    label: 'Learner',
    dynamic: 'learner_list.id.email',
    search: 'find_learner.id',
    helpText:
      "The learner's email address or Northpass learner ID. Someone who is not a learner gives no result (not an error); a learner with no activity gives zero counts.",
  }),
] as const;

export const perform = (async (z, bundle) => {
  const { learner: person } = await readInputs(z, bundle.inputData, fields);
  if (!person) return [];
  const { entries, complete } = await transcriptOf(z, person.id, SUMMARY_TRANSCRIPT_PAGES);
  if (!complete) throw summaryTooLong(person);
  return [toTrainingSummary(person, entries, Date.now())];
}) satisfies SearchPerform;

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
