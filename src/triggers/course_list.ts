import { defineTrigger } from 'zapier-platform-core';

import { courseChoiceOutputFields, courseChoiceSample } from '../resources/courses/samples.js';
import { later, runtime } from '../lib/later.js';

/** What the step does: loaded when it runs (src/lib/later.ts). */
export const perform = later(async () => (await runtime()).courseList);

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
