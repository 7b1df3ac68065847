import * as zod from 'zod/mini';

import type { Question } from './question.js';

export const updateVerb = {
  id: 'update-verb',
  asks: 'Which verb updates a learner: PUT or PATCH?',
  hope: 'PUT with a partial body (what two production codebases send)',
  owns: ['personUpdateVerbs', 'missingVerbStatus'],
  alternatives: [
    {
      label: 'people updated by PATCH only (PUT: 404)',
      switches: { personUpdateVerbs: 'patch' },
      cost: 'once per connection: 1 PUT, a read of the learner, then PATCH (3 requests)',
      effect: 'same',
    },
    {
      label: 'people updated by PATCH only (PUT: 405)',
      switches: { personUpdateVerbs: 'patch', missingVerbStatus: 405 },
      cost: 'once per connection: 1 PUT, then PATCH (2 requests)',
      effect: 'same',
    },
    {
      label: 'people updated by PUT or PATCH',
      switches: { personUpdateVerbs: 'both' },
      cost: 'none',
      effect: 'same',
    },
  ],
  fact: {
    key: 'personUpdateVerb',
    /** The verb that updated a person: PUT (documented) or PATCH. */
    schema: zod.enum(['PUT', 'PATCH']),
  },
  operations: { keys: ['update_learner'], when: 'every update' },
  probe: 'update-verb',
  readme: {
    ifNot:
      'PATCH after a 405 (or a 404 for a learner just read); a learner that is really gone is read again to say so',
    cost: '3 requests at worst, once',
  },
} as const satisfies Question;
