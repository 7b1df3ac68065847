import { defineCreate } from 'zapier-platform-core';

import { inputsOf } from '../lib/fields.js';
import { previewField } from '../resources/school/preview.js';
import { coursesField } from '../resources/courses/fields.js';
import {
  courseAssignmentOutputFields,
  courseAssignmentSample,
} from '../resources/groups/samples.js';
import { groupField } from '../resources/groups/fields.js';
import { writeThrottle } from '../resources/school/zapier-engine.js';
import { splitValuesField } from '../resources/lookup/split.js';
import { later, runtime } from '../lib/later.js';

export const fields = [groupField, coursesField, splitValuesField, previewField] as const;

/** What the step does: loaded when it runs (src/lib/later.ts). */
export const perform = later(async () => (await runtime()).addCourseToGroup);

export default defineCreate({
  key: 'add_course_to_group',
  noun: 'Course Assignment',
  display: {
    label: 'Add Course to Group',
    description:
      'Assigns one or more courses to a group, so every group member can take them (archived courses are refused; drafts are tried).',
  },
  operation: {
    throttle: writeThrottle,
    inputFields: inputsOf(fields),
    perform,
    sample: courseAssignmentSample,
    outputFields: courseAssignmentOutputFields,
  },
});
