import { defineCreate, defineInputFields, type CreatePerform } from 'zapier-platform-core';

import { MAX_LIST_ITEMS, requiredText, textList } from '../lib/inputs.js';
import { whenAll } from '../lib/settle.js';
import { courseCollection, type Course } from '../resources/courses/api.js';
import { coursesField } from '../resources/courses/fields.js';
import { groupCollection, type Group } from '../resources/groups/api.js';
import { addCoursesToGroup } from '../resources/groups/relationships.js';
import {
  courseAssignmentOutputFields,
  courseAssignmentSample,
  toCourseAssignmentOutput,
} from '../resources/groups/assignment.js';
import { groupField } from '../resources/groups/fields.js';
import { resolveAllNamed, resolveNamed } from '../resources/references.js';

const inputFields = defineInputFields([groupField, coursesField]);

export const perform = (async (z, bundle) => {
  const groupRef = requiredText(bundle.inputData.group, 'Group');
  const courseRefs = textList(bundle.inputData.courses, 'Courses', {
    required: true,
    max: MAX_LIST_ITEMS,
  });
  const [group, courses] = await whenAll<[Group, Course[]]>([
    resolveNamed(z, groupCollection, groupRef, 'Group'),
    resolveAllNamed(z, courseCollection, courseRefs, 'Courses'),
  ]);
  await addCoursesToGroup(
    z,
    group,
    courses.map((course) => course.id),
  );
  return toCourseAssignmentOutput(group, courses);
}) satisfies CreatePerform<typeof inputFields>;

export default defineCreate({
  key: 'add_course_to_group',
  noun: 'Course Assignment',
  display: {
    label: 'Add Course to Group',
    description: 'Assigns one or more courses to a group, so every group member can take them.',
  },
  operation: {
    inputFields,
    perform,
    sample: courseAssignmentSample,
    outputFields: courseAssignmentOutputFields,
  },
});
