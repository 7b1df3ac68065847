import * as zod from 'zod/mini';

import type { Question } from './question.js';

export const courseAssignment = {
  id: 'course-assignment',
  asks: 'Does `POST /v2/groups/{id}/relationships/courses` assign a course (the path is unverified), and what does a repeat answer?',
  hope: 'It assigns; a course assigned again is a silent 204',
  owns: ['duplicateCourseAssignment', 'courseAssignmentRoute'],
  alternatives: [
    {
      label: 'assigning a course twice refused with 422',
      switches: { duplicateCourseAssignment: 'reject-422' },
      cost: '1 request: a read of the group; a refused batch is sent again one course at a time when the read cannot tell',
      effect: 'same',
    },
    {
      label: 'assigning a course twice refused with 409',
      switches: { duplicateCourseAssignment: 'reject-409' },
      cost: '1 request: a read of the group; a refused batch is sent again one course at a time when the read cannot tell',
      effect: 'same',
    },
    {
      label: 'only the inverse route `POST /v2/courses/{id}/relationships/groups` exists',
      switches: { courseAssignmentRoute: 'course' },
      cost: 'once a connection: the refused request and a read of the group (2 requests); then 1 request per course instead of 1 in all',
      effect: 'slower',
    },
    {
      label: 'no route assigns courses to groups',
      switches: { courseAssignmentRoute: 'none' },
      cost: 'the operations fail after 4 requests (once a run) saying to assign the courses in Northpass admin; Onboard Learner still adds the learner to the groups',
      effect: 'not-available',
    },
  ],
  fact: {
    key: 'courseAssignmentRoute',
    /** The route that assigned courses: the group's (hoped), the course's (inverse), or none. */
    schema: zod.enum(['group', 'course', 'none']),
  },
  operations: {
    keys: ['add_course_to_group', 'onboard_learner'],
    when: 'a course is assigned to a group',
  },
  probe: 'course-assignment',
  readme: {
    ifNot:
      'a refused repeat (409/422) is believed only when the group lists the course or Northpass’s words say “already”; a missing path (404/405 for a group read back) is tried the other way round, `POST /v2/courses/{id}/relationships/groups`, and the route that works is remembered',
    cost: '1 request, or one per course when the group read lists none or only the inverse route exists',
  },
} as const satisfies Question;
