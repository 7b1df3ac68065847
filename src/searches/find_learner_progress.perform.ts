import type { SearchPerform } from 'zapier-platform-core';

import { readInputs } from '../lib/fields.js';
import { mostRecentCourse, transcriptOf, transcriptTooLong } from '../resources/transcripts/api.js';
import { toProgressOutput } from '../resources/transcripts/output.js';
import { fields } from './find_learner_progress.js';

export const perform = (async (z, bundle) => {
  const { learner: person, course: chosen } = await readInputs(z, bundle.inputData, fields);
  if (!person) return [];
  const { entries, complete } = await transcriptOf(z, person.id);
  const entry = chosen
    ? entries.find((item) => item.resourceType === 'course' && item.resourceId === chosen.id)
    : mostRecentCourse(entries);
  // past the pages read, the course (or a more recent one) may still be there: no guess
  if ((!entry || !chosen) && !complete) throw transcriptTooLong(person, chosen);
  return entry ? [toProgressOutput(person, entry, chosen?.attributes.name)] : [];
}) satisfies SearchPerform;
