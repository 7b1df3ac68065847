import { defineSearch, type SearchPerform } from 'zapier-platform-core';

import { checkInputs, defineField, inputsOf, showAs } from '../lib/fields.js';
import { optionalText } from '../lib/inputs.js';
import { whenAll } from '../lib/settle.js';
import { courseCollection, type Course } from '../resources/courses/api.js';
import { courseField } from '../resources/courses/fields.js';
import { findPerson, type Person } from '../resources/people/api.js';
import { learnerField } from '../resources/people/fields.js';
import { resolveNamed } from '../resources/lookup/references.js';
import { mostRecentCourse, transcriptOf, transcriptTooLong } from '../resources/transcripts/api.js';
import {
  progressOutputFields,
  progressSample,
  toProgressOutput,
} from '../resources/transcripts/output.js';

const fields = [
  showAs(learnerField, {
    key: 'learner',
    helpText:
      "The learner's email address or Northpass learner ID. Someone who is not a learner, or has no activity, gives no result (not an error).",
  }),
  defineField(
    {
      ...courseField.input,
      required: false,
      helpText:
        'The course to look at: pick it, or map its ID or exact name. Leave blank for the course the learner was most recently active in.',
    },
    optionalText,
  ),
] as const;

export const perform = (async (z, bundle) => {
  const { learner, course } = checkInputs(bundle.inputData, fields);
  const [person, chosen] = await whenAll<[Person | null, Course | undefined]>([
    findPerson(z, learner, learnerField.input.label),
    course
      ? resolveNamed(z, courseCollection, course, courseField.input.label)
      : Promise.resolve(undefined),
  ]);
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
