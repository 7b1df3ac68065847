import { defineCreate, type CreatePerform } from 'zapier-platform-core';

import { inputsOf, readInputs } from '../lib/fields.js';
import { assignable } from '../resources/courses/assignable.js';
import { coursesField } from '../resources/courses/fields.js';
import {
  courseAssignmentOutputFields,
  courseAssignmentSample,
  toCourseAssignmentOutput,
} from '../resources/groups/assignment.js';
import { groupField } from '../resources/groups/fields.js';
import { addCoursesToGroup } from '../resources/groups/course-routes.js';
import { writeThrottle } from '../resources/school/zapier-engine.js';
import { splitValuesField } from '../resources/lookup/split.js';

const fields = [groupField, coursesField, splitValuesField] as const;

export const perform = (async (z, bundle) => {
  const { group, courses } = await readInputs(z, bundle.inputData, fields);
  const result = await addCoursesToGroup(z, group, assignable(courses, coursesField.input.label));
  return toCourseAssignmentOutput(group, courses, result);
}) satisfies CreatePerform;

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
