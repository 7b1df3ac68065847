import { defineSearch } from 'zapier-platform-core';

import { inputsOf, showAs } from '../lib/fields.js';
import { optionalCourseField } from '../resources/courses/fields.js';
import { learnerSearchField } from '../resources/people/fields.js';
import { progressOutputFields, progressSample } from '../resources/transcripts/samples.js';
import { later, runtime } from '../lib/later.js';

export const fields = [
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

/** What the step does: loaded when it runs (src/lib/later.ts). */
export const perform = later(async () => (await runtime()).findLearnerProgress);

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
