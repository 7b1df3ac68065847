import { defineSearch, type SearchPerform } from 'zapier-platform-core';

import { inputsOf, readInputs, showAs } from '../lib/fields.js';
import { optionalCourseField } from '../resources/courses/fields.js';
import { learnerSearchField } from '../resources/people/fields.js';
import { mostRecentCourse, transcriptOf, transcriptTooLong } from '../resources/transcripts/api.js';
import { toProgressOutput } from '../resources/transcripts/output.js';
import { progressOutputFields, progressSample } from '../resources/transcripts/samples.js';

const fields = [
  showAs(learnerSearchField, {
    key: 'learner',
    label: 'Learner',
    dynamic: 'learner_list.id.email',
    search: 'find_learner.id',
    helpText:
      "The learner's email address or Northpass learner ID. Someone who is not a learner, or has no activity, gives no result (not an error).",
  }),
  showAs(optionalCourseField, {
    key: 'course',
    helpText:
      'The course to look at: pick it, or map its ID or exact name. Leave blank for the course the learner was most recently active in.',
  }),
] as const;

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

export default defineSearch({
  key: 'find_learner_progress',
  noun: 'Learner Progress',
  display: {
    label: 'Find Learner Progress',
    description:
      "Finds a learner's status, progress, score and certificate in a course, or in their most recently active course.",
  },
  operation: {
    inputFields: inputsOf(fields),
    perform,
    sample: progressSample,
    outputFields: progressOutputFields,
  },
});
