import type { HttpResponse, ZObject } from 'zapier-platform-core';

import { behaviour } from '../../client/behaviour.js';
import { refusal, ROUTE_MISSING, routeMissing } from '../../client/errors.js';
import { idSegment } from '../../client/jsonapi.js';
import { knownFacts, learn } from '../../client/learned.js';
import { northpassRequest } from '../../client/request.js';
import { runOf } from '../../client/run.js';
import { appError, appErrorFields, listing } from '../../lib/errors.js';
import { quote } from '../../lib/inputs.js';
import { settleEach } from '../../lib/settle.js';
import { findCourseById, type Course } from '../courses/api.js';
import { courseIdsOf, findGroupById, type Group } from './api.js';
import { assignThroughGroup, confirmUnchanged, type WriteResult } from './relationships.js';

/**
 * Which route assigns courses to groups at this school (learned per connection, see the
 * `course-assignment` question): the group's relationships (hoped), the course's (JSON:API's
 * inverse), or neither. A learned `none` does not stop later runs from asking again: each run
 * tries the routes once at most, and the fact expires with the others (7 days).
 */
export type CourseAssignmentRoute = 'group' | 'course' | 'none';

/** The run's mark once it found no route: the rest of the run fails fast instead of asking again. */
const NO_ROUTE = 'course-assignment:no-route';

/** How the error for a school whose API has no route to assign courses begins. */
const NOT_ACCEPTED = "Northpass's API for this school does not accept assigning courses to groups.";

/** Whether the error says this school's API has no route to assign courses to groups. */
export const isAssignmentUnavailable = (error: unknown): boolean =>
  appErrorFields(error)?.message.startsWith(NOT_ACCEPTED) === true;

/** The error when no route assigns courses: what to do instead, in Northpass admin. */
export const assignmentUnavailable = (groupNames: string[], courseNames: string[]): Error => {
  const groups = listing(groupNames, 40);
  const where = groupNames.length === 1 ? groups : 'each group';
  return appError(
    `${NOT_ACCEPTED} Assign ${listing(courseNames, 60)} to ${groups} in Northpass admin (Groups > ${where} > Courses).`,
    'not_available',
    405,
  );
};

const unavailable = (group: Group, courses: Course[]) =>
  assignmentUnavailable(
    [group.attributes.name],
    courses.map((course) => course.attributes.name),
  );

/** POST /v2/courses/{id}/relationships/groups for one course (unverified inverse route). */
const assignThroughCourse = async (
  z: ZObject,
  group: Group,
  course: Course,
): Promise<WriteResult | 'missing'> => {
  const response = await northpassRequest(z, {
    method: 'POST',
    path: behaviour.courseGroupsPath(course.id),
    body: { data: [{ type: 'groups', id: idSegment(group.id) }] },
    retry: true,
    expect: [...behaviour.duplicateStatuses, ...ROUTE_MISSING],
    notFound: `Northpass could not find the course ${quote(course.attributes.name)} or the group ${quote(group.attributes.name)}.`,
  });
  if (response.status < 300) return 'changed';
  if (routeMissing(response.status)) return 'missing';
  // refused as "already assigned": believed when the group lists the course, or Northpass says so
  return confirmUnchanged(
    response,
    async () => {
      const ids = courseIdsOf((await findGroupById(z, group.id)) ?? group);
      return ids?.includes(course.id) ? true : undefined;
    },
    behaviour.alreadyReason,
  );
};

/**
 * Every course through the inverse route, one request each. `probe`: the route is not known to
 * exist, so the first course goes alone and a 404 for it (the course read back, still there)
 * means the route is missing. Otherwise all go at once; if every one answers 404/405, the route
 * has gone (`missing`); if only some do, those courses have.
 */
const assignThroughCourses = async (
  z: ZObject,
  group: Group,
  courses: Course[],
  probe: boolean,
): Promise<WriteResult | 'missing'> => {
  const results: WriteResult[] = [];
  let rest = courses;
  const [first] = courses;
  if (probe && first) {
    const result = await assignThroughCourse(z, group, first);
    if (result === 'missing') {
      if (await findCourseById(z, first.id)) return 'missing';
      throw appError(
        `Northpass could not find the course ${quote(first.attributes.name)}; it may have just been deleted.`,
        'not_found',
        404,
      );
    }
    results.push(result);
    rest = courses.slice(1);
  }
  const { done, failure } = await settleEach(rest, (course) =>
    assignThroughCourse(z, group, course),
  );
  if (failure !== undefined) throw failure;
  const gone = done.filter(({ result }) => result === 'missing').map(({ item }) => item);
  if (!probe && gone.length === courses.length) return 'missing';
  const [lost] = gone;
  if (lost) {
    throw appError(
      `Northpass could not find the course ${quote(lost.attributes.name)} or the group ${quote(group.attributes.name)}.`,
      'not_found',
      404,
    );
  }
  for (const { result } of done) if (result !== 'missing') results.push(result);
  return results.includes('changed') ? 'changed' : 'unchanged';
};

const remember = (z: ZObject, route: CourseAssignmentRoute) =>
  learn(z, (facts) => {
    facts.courseAssignmentRoute = route;
  });

/** After a 404/405 on the group's route: the group read back, or the ordinary not-found error. */
const groupStillThere = async (z: ZObject, group: Group, response: HttpResponse) => {
  if (await findGroupById(z, group.id)) return;
  if (response.status === 404) throw refusal(response);
  throw appError(
    `Northpass could not find the group ${quote(group.attributes.name)}; it may have just been deleted.`,
    'not_found',
    404,
  );
};

/**
 * Assigns the courses to the group: 1 request through the group's route as hoped. A 404/405
 * there, for a group a read-back shows exists, means the route is missing: the inverse route is
 * tried (one request per course) and whichever works is remembered, so later runs go straight to
 * it. When neither works, the error says to assign the courses in Northpass admin.
 */
export const addCoursesToGroup = async (
  z: ZObject,
  group: Group,
  courses: Course[],
): Promise<WriteResult> => {
  if (runOf(z).marks.has(NO_ROUTE)) throw unavailable(group, courses);
  const known = (await knownFacts(z)).courseAssignmentRoute;
  if (known === 'course') {
    const result = await assignThroughCourses(z, group, courses, false);
    if (result !== 'missing') return result;
    // the inverse route has gone since: ask again from the start
  }
  const ids = courses.map((course) => course.id);
  let missed: HttpResponse | undefined;
  const direct = await assignThroughGroup(z, group, ids, (response) => {
    missed = response;
  });
  if (direct !== 'missing') {
    if (known !== undefined && known !== 'group') await remember(z, 'group');
    return direct;
  }
  if (missed) await groupStillThere(z, group, missed);
  const inverse = await assignThroughCourses(z, group, courses, true);
  if (inverse !== 'missing') {
    await remember(z, 'course');
    return inverse;
  }
  runOf(z).marks.add(NO_ROUTE);
  await remember(z, 'none');
  throw unavailable(group, courses);
};
