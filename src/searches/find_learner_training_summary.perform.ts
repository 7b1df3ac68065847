import type { SearchPerform } from 'zapier-platform-core';

import { readInputs } from '../lib/fields.js';
import { transcriptOf } from '../resources/transcripts/api.js';
import {
  SUMMARY_TRANSCRIPT_PAGES,
  summaryTooLong,
  toTrainingSummary,
} from '../resources/transcripts/summary.js';
import { fields } from './find_learner_training_summary.js';

export const perform = (async (z, bundle) => {
  const { learner: person } = await readInputs(z, bundle.inputData, fields);
  if (!person) return [];
  const { entries, complete } = await transcriptOf(z, person.id, SUMMARY_TRANSCRIPT_PAGES);
  if (!complete) throw summaryTooLong(person);
  return [toTrainingSummary(person, entries, Date.now())];
}) satisfies SearchPerform;
