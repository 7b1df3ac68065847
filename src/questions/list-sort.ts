import * as zod from 'zod/mini';

import type { Question } from './question.js';

export const listSort = {
  id: 'list-sort',
  asks: 'Is `sort` honoured on people, groups, courses, memberships and learning paths?',
  hope: 'Yes: a poll reads 1 page, newest first',
  owns: ['listSort'],
  alternatives: [
    {
      label: 'sort ignored on lists',
      switches: { listSort: false },
      cost: 'up to 20 requests (2,000 records) a poll',
      effect: 'slower',
    },
  ],
  fact: {
    key: 'sortHonoured',
    /** Per path template, whether `sort` changes the order (asked when a page cannot tell). */
    schema: zod.record(zod.string(), zod.boolean()),
  },
  operations: {
    keys: [
      'new_learner',
      'new_group',
      'new_course',
      'learner_list',
      'group_list',
      'course_list',
      'learning_path_list',
    ],
    when: 'every poll',
  },
  probe: 'sort',
  readme: {
    ifNot: 'the page’s own order shows it; the app walks the list and sorts it',
    cost: 'up to 20 requests (2,000 records) a poll',
  },
} as const satisfies Question;
