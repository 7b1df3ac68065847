import { defineInputField } from 'zapier-platform-core';

import { MAX_LIST_ITEMS } from '../../lib/inputs.js';

export const courseField = defineInputField({
  key: 'course',
  label: 'Course',
  required: true,
  dynamic: 'course_list.id.name',
  helpText: 'Pick a course, or map a course ID or the exact course name from an earlier step.',
});

export const coursesField = defineInputField({
  key: 'courses',
  label: 'Courses',
  required: true,
  list: true,
  dynamic: 'course_list.id.name',
  helpText: `Pick courses, or map course IDs or exact course names (up to ${MAX_LIST_ITEMS}).`,
});
