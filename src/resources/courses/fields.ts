import { defineReference, optionalReference } from '../../lib/fields.js';
import { MAX_LIST_ITEMS, optionalText, requiredText, textList } from '../../lib/inputs.js';
import { later, runtime } from '../../lib/later.js';

/** One course by ID or name, which must exist. */
export const courseField = defineReference(
  {
    key: 'course',
    label: 'Course',
    required: true,
    dynamic: 'course_list.id.label',
    search: 'find_course.id',
    helpText: 'Pick a course, or map a course ID or the exact course name from an earlier step.',
  },
  requiredText,
  later(async () => (await runtime()).resolveCourse),
);

/** One course by ID or name, or blank. */
export const optionalCourseField = optionalReference(courseField, optionalText);

/** Courses by ID or name, each of which must exist. */
export const coursesField = defineReference(
  {
    key: 'courses',
    label: 'Courses',
    required: true,
    list: true,
    dynamic: 'course_list.id.label',
    helpText: `Pick courses, or map course IDs or exact course names (up to ${MAX_LIST_ITEMS}). Several courses in one value (one a line, or comma-separated) are read as Commas in Names says.`,
  },
  (value, label) => textList(value, label, { required: true, max: MAX_LIST_ITEMS }),
  later(async () => (await runtime()).resolveCourses),
);

/** Courses that may be left blank (blank items are ignored). */
export const optionalCoursesField = defineReference(
  { ...coursesField.input, required: false },
  (value, label) => textList(value, label, { required: false, max: MAX_LIST_ITEMS }),
  later(async () => (await runtime()).resolveCourses),
);

/** A course to look up by name or ID: none is an answer, not an error. */
export const courseSearchField = defineReference(
  {
    key: 'name',
    label: 'Course Name or ID',
    required: true,
    helpText:
      'The exact course name (letter case and extra spaces are ignored when nothing matches exactly), or a course ID.',
  },
  requiredText,
  later(async () => (await runtime()).findCourseNamed),
);
