import { defineInputFields, defineTrigger, type PollingTriggerPerform } from 'zapier-platform-core';

import { invalidInput, optionalText, quote } from '../lib/inputs.js';
import { newestCourses } from '../resources/courses/api.js';
import { courseOutputFields, courseSample, toCourseOutput } from '../resources/courses/output.js';
import { pollItems, pollLimit } from '../resources/polling.js';

const statusChoices = {
  published: 'Published',
  draft: 'Draft',
  archived: 'Archived',
  any: 'Any status',
};

const inputFields = defineInputFields([
  {
    key: 'status',
    label: 'Status',
    required: false,
    choices: statusChoices,
    default: 'published',
    helpText: 'Only trigger for courses with this status. Published courses by default.',
  },
]);

export const perform = (async (z, bundle) => {
  const status = optionalText(bundle.inputData.status, 'Status')?.toLowerCase() ?? 'published';
  if (!Object.hasOwn(statusChoices, status)) {
    throw invalidInput(
      'Status',
      `${quote(status)} is not one of published, draft, archived or any.`,
    );
  }
  const { items, skipped } = await newestCourses(z, pollLimit(bundle));
  const matching = items.filter(
    (course) => status === 'any' || course.attributes.status === status,
  );
  return pollItems(z, matching.map(toCourseOutput), skipped);
}) satisfies PollingTriggerPerform<typeof inputFields>;

export default defineTrigger({
  key: 'new_course',
  noun: 'Course',
  display: {
    label: 'New Course',
    description: 'Triggers when a course is created in Northpass (published courses by default).',
  },
  operation: {
    type: 'polling',
    inputFields,
    perform,
    sample: courseSample,
    outputFields: courseOutputFields,
  },
});
