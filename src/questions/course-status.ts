import * as zod from 'zod/mini';

import type { Question } from './question.js';

export const courseStatus = {
  id: 'course-status',
  asks: 'Which `status` word marks a published course (`published` or `live`), is there an `archived` status, and may a draft be assigned to a group?',
  hope: '`published` and `draft`; archived courses say `archived`; a draft may be assigned',
  owns: ['courseStatusWord', 'archivedStatus', 'draftCourseAssignment'],
  alternatives: [
    {
      label: 'published courses say `live`',
      switches: { courseStatusWord: 'live' },
      cost: 'none: the word is read from the course pages the app reads anyway (0 requests more)',
      effect: 'same',
    },
    {
      label: 'no `archived` status (archived courses are drafts)',
      switches: { archivedStatus: false },
      cost: 'none; New Course’s Archived choice never fires, and such courses are Drafts (a name starting “Archived” is not a status)',
      effect: 'same',
    },
    {
      label: 'assigning a draft course refused with 422',
      switches: { draftCourseAssignment: 'reject-422' },
      cost: 'none: a draft is tried like any course, and Northpass’s refusal is the step’s error (1 read of the group first); published courses are unaffected',
      effect: 'same',
    },
  ],
  fact: {
    key: 'publishedStatus',
    /** The status word this school's published courses carry. */
    schema: zod.enum(['published', 'live']),
  },
  operations: {
    keys: ['new_course', 'course_list', 'find_course', 'add_course_to_group', 'onboard_learner'],
    when: 'a course is read (New Course’s Published choice, every course’s `status_label`, the dropdown’s “(draft)”) or assigned (an archived course is refused before any write, a draft is tried)',
  },
  probe: 'course-status',
  readme: {
    ifNot:
      'the word is learned from the courses the app reads anyway; New Course’s Published choice means it, and outputs keep `status` and add `status_label`; a refused draft is Northpass’s own error (verify-school does not assign one)',
    cost: 'none (0 requests more: a poll is still 1 request)',
  },
} as const satisfies Question;
