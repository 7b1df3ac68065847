import * as zod from 'zod/mini';

import type { Question } from './question.js';

export const batchMembership = {
  id: 'batch-membership',
  asks: 'Does one write add many people to a group (`POST /v2/groups/{id}/relationships/people` with several), and does one person Northpass refuses fail the whole batch?',
  hope: 'Yes, all in one request (production code sends 10–50 at a time); a batch with a person Northpass refuses is refused whole with 422 (nothing added), as JSON:API writes are all or nothing',
  owns: ['batchMembership'],
  alternatives: [
    {
      label: 'a batch with one bad person adds the others, then 422',
      switches: { batchMembership: 'partial' },
      cost: 'after a refused batch: 1 request (the group’s memberships say who is in), then only the others',
      effect: 'same',
    },
    {
      label: 'people added to a group one at a time only (a batch refused with 422)',
      switches: { batchMembership: 'single' },
      cost: '1 request a person and group instead of 1 a group; Onboard Learners then takes at most 20 people a step',
      effect: 'slower',
    },
  ],
  fact: {
    key: 'membershipBatch',
    /**
     * What a refused batch showed: refused whole (`whole`), the others added (`partial`), or
     * every person added alone when the batch was not (`single`: write one at a time).
     */
    schema: zod.enum(['whole', 'partial', 'single']),
  },
  operations: {
    keys: ['onboard_learners'],
    when: 'Northpass refuses a batch of people for a group',
  },
  probe: 'batch-membership',
  readme: {
    ifNot:
      'after a refused batch, the group’s memberships say who is in; the rest are sent again in halves while more than 10, then one at a time (each failing alone with its reason); where batches never work, one at a time from then on, 20 people a step',
    cost: '1 request, a few more for the halves, then 1 a person',
  },
} as const satisfies Question;
