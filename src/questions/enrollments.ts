import * as zod from 'zod/mini';

import type { Question } from './question.js';

const slowerPolls = 'up to 20 pages a poll, sorted by the app';
const lookUps = 'learners looked up: 1 batched request, or up to 2 reads a poll';

export const enrollments = {
  id: 'enrollments',
  asks: 'Are `sort=-last_active_on` and `include=person` honoured on course and learning-path enrollments, where does a descending sort put never-active ones, and is each learner listed once?',
  hope: 'Both honoured, never-active enrollments last, one row per learner: 2 requests a poll (the course or path, its enrollments)',
  owns: ['enrollmentSort', 'sortNullsFirst', 'enrollmentInclude', 'duplicateEnrollmentRows'],
  alternatives: [
    {
      label: 'enrollments not sorted',
      switches: { enrollmentSort: 'ignored' },
      cost: slowerPolls,
      effect: 'slower',
    },
    {
      label: 'sort refused on enrollments (400)',
      switches: { enrollmentSort: 'reject-400' },
      cost: `1 request once (sent again without \`sort\`), then ${slowerPolls}`,
      effect: 'slower',
    },
    {
      label: 'never-active enrollments first in a descending sort',
      switches: { sortNullsFirst: true },
      cost: 'pages read on past the never-active ones until 100 active (up to 20 a poll)',
      effect: 'slower',
    },
    {
      label: 'include ignored on enrollments',
      switches: { enrollmentInclude: 'ignored' },
      cost: lookUps,
      effect: 'slower',
    },
    {
      label: 'include refused on enrollments (400)',
      switches: { enrollmentInclude: 'reject-400' },
      cost: `1 request once (sent again without \`include\`), then ${lookUps}`,
      effect: 'slower',
    },
    {
      label: 'a learner listed twice in enrollments',
      switches: { duplicateEnrollmentRows: true },
      cost: 'none: each learner’s completion triggers once',
      effect: 'same',
    },
  ],
  fact: {
    key: 'refusedParams',
    /** Query parameters a path template refused with 400, so they are no longer sent there. */
    schema: zod.record(zod.string(), zod.array(zod.string())),
  },
  operations: {
    keys: [
      'new_course_completion',
      'new_course_enrollment',
      'new_learning_path_completion',
      'new_stalled_learner',
    ],
    when: 'every poll',
  },
  probe: 'enrollments',
  readme: {
    ifNot:
      'learners looked up with `filter[id][in]` (1 request) or read one by one, 2 a poll, remembered for a week; unsorted enrollments walked; a 400 for `sort` or `include` is sent again once without it, never sent there again',
    cost: 'at most 4 requests a poll for names and emails; up to 20 pages when unsorted or when never-active enrollments come first',
  },
} as const satisfies Question;
