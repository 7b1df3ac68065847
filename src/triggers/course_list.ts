import { defineTrigger, type PollingTriggerPerform } from 'zapier-platform-core';

import { dropdownPage, pollItems } from '../resources/polling.js';
import { listCourses } from '../resources/courses/api.js';
import { toCourseChoices } from '../resources/courses/output.js';
import { courseChoiceOutputFields, courseChoiceSample } from '../resources/courses/samples.js';
import { learnPublishedWord } from '../resources/courses/status.js';

export const perform = (async (z, bundle) => {
  const { items, skipped } = await listCourses(z, { page: dropdownPage(bundle) });
  await learnPublishedWord(z, items);
  return pollItems(z, toCourseChoices(items), skipped);
}) satisfies PollingTriggerPerform;

export default defineTrigger({
  key: 'course_list',
  noun: 'Course',
  display: {
    label: 'List Courses',
    description:
      'Lists courses for choosing one in a dropdown, marking those not published: (draft), (archived).',
    hidden: true,
  },
  operation: {
    type: 'polling',
    canPaginate: true,
    perform,
    sample: courseChoiceSample,
    outputFields: courseChoiceOutputFields,
  },
});
