import * as zod from 'zod/mini';

import type { Question } from './question.js';

/** Every operation that takes a learner by email. */
export const learnerByEmail = [
  'find_learner',
  'create_learner',
  'update_learner',
  'add_learner_to_group',
  'remove_learner_from_group',
  'resend_invitation',
  'onboard_learner',
  'offboard_learner',
  'find_learner_progress',
] as const;

export const emailFilter = {
  id: 'email-filter',
  asks: 'Do list filters work at all, such as `filter[email][eq]` on people (one connector believes lists take only page, limit and q)?',
  hope: 'Yes (likely): a learner is found by email in 1 request',
  owns: ['ignoreFilters'],
  alternatives: [
    {
      label: 'every filter ignored (lists take only page and limit)',
      switches: { ignoreFilters: true },
      cost: 'the list is read instead: up to 1,000 learners, 10 requests',
      effect: 'slower',
    },
  ],
  fact: {
    key: 'emailFilter',
    /** Whether `filter[email][eq]` selects people by email. */
    schema: zod.boolean(),
  },
  operations: {
    keys: learnerByEmail,
    when: 'a learner is chosen by email',
  },
  probe: 'email-filter',
  readme: {
    ifNot:
      'an answer listing other records is not believed; the list is walked (names and emails alike)',
    cost: 'up to 10 requests (1,000 records) a look-up',
  },
} as const satisfies Question;
