import type { Question } from './question.js';

export const courseAssignment = {
  id: 'course-assignment',
  asks: 'Does `POST /v2/groups/{id}/relationships/courses` assign a course (the path is unverified), and what does a repeat answer?',
  hope: 'It assigns; a course assigned again is a silent 204',
  owns: ['duplicateCourseAssignment'],
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
      label: 'the path does not exist',
      switches: {},
      cost: 'the operations fail with Northpass’s 404: correct `groupCoursesPath` in src/client/behaviour.ts',
      effect: 'not-available',
    },
  ],
  operations: {
    keys: ['add_course_to_group', 'onboard_learner'],
    when: 'a course is assigned to a group',
  },
  probe: 'course-assignment',
  readme: {
    ifNot:
      'a refused repeat (409/422) is believed only when the group lists the course or Northpass’s words say “already”; a missing path cannot be worked around',
    cost: '1 request, or one per course when the group read lists none',
  },
} as const satisfies Question;
