import { listing } from '../../lib/errors.js';
import { invalidInput, quote } from '../../lib/inputs.js';
import type { Course } from './api.js';
import { statusMark } from './status.js';

const ARCHIVED = 'archived';

/**
 * The courses, when every one may be assigned to a group; otherwise the refusal, before any
 * write: a course whose status says archived is retired in Northpass, so it is not assigned. A
 * draft is attempted: Northpass's own refusal, if any, is the error. Shared by every step that
 * assigns courses (Add Course to Group, Onboard Learner: call it once the courses are read).
 */
export const assignable = <C extends Course>(courses: C[], label = 'Courses'): C[] => {
  const archived = courses.filter((course) => statusMark(course.attributes.status) === ARCHIVED);
  if (archived.length === 0) return courses;
  const names = listing(
    archived.map((course) => quote(course.attributes.name)),
    80,
  );
  const [are, they, them] = archived.length === 1 ? ['is', 'it', 'it'] : ['are', 'they', 'them'];
  throw invalidInput(
    label,
    `${names} ${are} archived in Northpass, so ${they} cannot be assigned. Restore ${them} in Northpass admin (Courses), or take ${them} out of this step. Nothing was changed.`,
  );
};

/** A course's name as a summary says it: with "(draft)" or another status when not published. */
export const courseTitle = (course: Course): string => {
  const mark = statusMark(course.attributes.status);
  return mark ? `${course.attributes.name} (${mark})` : course.attributes.name;
};
