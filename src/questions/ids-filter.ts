import * as zod from 'zod/mini';

import type { Question } from './question.js';

export const idsFilter = {
  id: 'ids-filter',
  asks: 'Does `filter[id][in]` select several learners in one request (seen on webhooks only), and is an unknown filter refused with a 400 or ignored?',
  hope: 'It selects them; an unknown filter is a 400 naming the parameter',
  owns: ['inPredicate', 'unknownFilter'],
  alternatives: [
    {
      label: 'include ignored, no in filter',
      switches: { enrollmentInclude: 'ignored', inPredicate: false },
      cost: '1 request once (the 400), then learners read one by one, up to 2 a poll; an item waits for the poll that can name its learner',
      effect: 'slower',
    },
    {
      label: 'include ignored, unknown filters ignored',
      switches: { enrollmentInclude: 'ignored', inPredicate: false, unknownFilter: 'ignore' },
      cost: 'the answer lists other learners, so it is not believed: learners read one by one, up to 2 a poll',
      effect: 'slower',
    },
  ],
  fact: {
    key: 'idFilter',
    /** Whether `filter[id][in]` selects people by id. */
    schema: zod.boolean(),
  },
  operations: {
    keys: [
      'new_course_completion',
      'new_course_enrollment',
      'new_learning_path_completion',
      'new_stalled_learner',
    ],
    when: 'enrollments come without their learners (`include` not honoured)',
  },
  probe: 'ids-filter',
  readme: {
    ifNot:
      'learners read one by one; a 400 for a filter, or an empty answer for learners a single read then finds, is learned: the filter is not sent again',
    cost: 'up to 2 requests a poll; 1 request, once, for a 400',
  },
} as const satisfies Question;
