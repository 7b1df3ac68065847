import { z as zod } from 'zod';

import type { Question } from './question.js';

export const courseStatus = {
  id: 'course-status',
  asks: 'Which `status` word marks a published course (`published` or `live`), and is there an `archived` status?',
  hope: '`published` and `draft`; archived courses say `archived`',
  owns: [],
  alternatives: [],
  fact: {
    key: 'publishedStatus',
    /** The status word this school's published courses carry. */
    schema: zod.enum(['published', 'live']),
  },
  operations: {
    keys: ['new_course', 'course_list', 'find_course', 'add_course_to_group', 'onboard_learner'],
    when: 'courses are listed or filtered by status',
  },
  probe: 'course-status',
  readme: {
    ifNot:
      'the word is learned from the records the school holds; New Course filters on it, outputs add `status_label`',
    cost: '1 request once a connection (a page of courses)',
  },
} as const satisfies Question;
