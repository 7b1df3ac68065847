import { z as zod } from 'zod';

import type { Question } from './question.js';

export const courseStatus = {
  id: 'course-status',
  asks: 'Which `status` word marks a published course (`published` or `live`), and is there an `archived` status?',
  hope: '`published` and `draft`; archived courses say `archived`',
  owns: ['courseStatusWord', 'archivedStatus'],
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
  ],
  fact: {
    key: 'publishedStatus',
    /** The status word this school's published courses carry. */
    schema: zod.enum(['published', 'live']),
  },
  operations: {
    keys: ['new_course', 'course_list', 'find_course'],
    when: 'a course is read (New Course’s Published choice, every course’s `status_label`)',
  },
  probe: 'course-status',
  readme: {
    ifNot:
      'the word is learned from the courses the app reads anyway; New Course’s Published choice means it, and outputs keep `status` and add `status_label`',
    cost: 'none (0 requests more: a poll is still 1 request)',
  },
} as const satisfies Question;
