import { defineTrigger, type PollingTriggerPerform } from 'zapier-platform-core';

import { checkInputs, defineField, inputsOf } from '../lib/fields.js';
import { invalidInput, optionalText, quote } from '../lib/inputs.js';
import { newestCourses } from '../resources/courses/api.js';
import { toCourseOutput } from '../resources/courses/output.js';
import { courseOutputFields, courseSample } from '../resources/courses/samples.js';
import { publishedWords } from '../resources/courses/status.js';
import { pollItems, pollLimit } from '../resources/polling.js';

const statusChoices = {
  published: 'Published',
  draft: 'Draft',
  archived: 'Archived',
  any: 'Any status',
};

const fields = [
  defineField(
    {
      key: 'status',
      label: 'Status',
      required: false,
      choices: statusChoices,
      default: 'published',
      helpText:
        'Only trigger for courses with this status. Published courses by default (whichever word the school uses for them: `published` or `live`).',
    },
    (value, label) => {
      const status = optionalText(value, label)?.toLowerCase() ?? 'published';
      if (!Object.hasOwn(statusChoices, status)) {
        throw invalidInput(
          label,
          `${quote(status)} is not one of published, draft, archived or any.`,
        );
      }
      return status;
    },
  ),
] as const;

export const perform = (async (z, bundle) => {
  const { status } = checkInputs(bundle.inputData, fields);
  const { items, skipped } = await newestCourses(z, pollLimit(bundle));
  // the school's word for published, learned from this very page (no request)
  const published = await publishedWords(
    z,
    items.map((course) => course.attributes.status),
  );
  const wanted: readonly string[] = status === 'published' ? published : [status];
  const matching = items.filter(
    (course) => status === 'any' || wanted.includes(course.attributes.status ?? ''),
  );
  return pollItems(z, matching.map(toCourseOutput), skipped);
}) satisfies PollingTriggerPerform;

export default defineTrigger({
  key: 'new_course',
  noun: 'Course',
  display: {
    label: 'New Course',
    description: 'Triggers when a new course is created (published courses by default).',
  },
  operation: {
    type: 'polling',
    inputFields: inputsOf(fields),
    perform,
    sample: courseSample,
    outputFields: courseOutputFields,
  },
});
