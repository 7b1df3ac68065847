import { behaviour } from '../../src/client/behaviour.js';
import {
  ask,
  described,
  isSuccess,
  listed,
  relationshipIds,
  single,
  type Answer,
  type Finding,
} from './answers.js';
import type { Client } from './client.js';

/** A status that says Northpass has no such request (for a record the run has just read). */
export const missing = (answer: Answer) => answer.status === 404 || answer.status === 405;

const nameOf = (course: { id: string; attributes: Record<string, unknown> }) =>
  typeof course.attributes.name === 'string' ? course.attributes.name : course.id;

/**
 * Assigns a published course to the test group only, twice, and reads the group back. Where the
 * group's route is missing, the inverse route (`POST /v2/courses/{id}/relationships/groups`) is
 * tried as the app does: working only through it is slower, not unavailable.
 */
export const assignCourse = async (
  client: Client,
  groupId: string,
  asked: string,
): Promise<Finding> => {
  const key = 'course-assignment';
  const courses = listed(await ask(client, { path: '/v2/courses', params: { limit: 100 } }));
  const course = courses.find((c) =>
    ['published', 'live'].includes(String(c.attributes.status).toLowerCase()),
  );
  if (!course) {
    return {
      key,
      asked,
      finding: 'unjudged',
      answer: 'could not be asked: no course of the first 100 is published',
      effect: 'not-asked',
      note: 'no published course',
    };
  }
  const direct = {
    method: 'POST' as const,
    path: behaviour.groupCoursesPath(groupId),
    body: { data: [{ type: 'courses', id: course.id }] },
    retry: false,
  };
  const inverse = {
    method: 'POST' as const,
    path: behaviour.courseGroupsPath(course.id),
    body: { data: [{ type: 'groups', id: groupId }] },
    retry: false,
  };
  const first = await ask(client, direct);
  const other = missing(first) ? await ask(client, inverse) : undefined;
  const call = other && isSuccess(other.status) ? inverse : direct;
  const assigned = call === inverse && other ? other : first;
  if (!isSuccess(assigned.status)) {
    return {
      key,
      asked,
      finding: `${missing(assigned) ? 'missing' : 'refused'}-${assigned.status}`,
      answer: missing(assigned)
        ? `no: Northpass has no such request: ${described(assigned)}${other ? `, nor the other way round: ${described(other)}` : ''}`
        : `no: Northpass refused to assign the published course “${nameOf(course)}”: ${described(assigned)}`,
      effect: 'not-available',
    };
  }
  const again = await ask(client, call);
  const listedCourses = relationshipIds(
    single(await ask(client, { path: `/v2/groups/${groupId}` })),
    behaviour.coursesRelationship,
  );
  return {
    key,
    asked,
    finding: `${call === inverse ? 'inverse' : 'works'}:${isSuccess(again.status) ? 'silent' : `refused-${again.status}`}`,
    answer: [
      call === inverse
        ? `yes, but only the other way round (POST /v2/courses/{id}/relationships/groups; the group's route answered ${described(first)})`
        : 'yes',
      isSuccess(again.status)
        ? 'again: accepted, nothing changes'
        : `again: refused, ${described(again)}`,
      listedCourses === undefined
        ? "the group's record does not show its courses"
        : listedCourses.includes(course.id)
          ? "the group's record shows the course"
          : "the group's record shows no course",
    ].join('; '),
    effect: call === inverse ? 'slower' : 'ok',
    ...(call === inverse
      ? { note: 'once a connection 2 requests more; then 1 request per course assigned' }
      : {}),
  };
};
