import { z as zod } from 'zod';

import type { Question } from './question.js';

export const emailCase = {
  id: 'email-case',
  asks: 'Does `filter[email][eq]` ignore letter case, or does Northpass store emails lower-case?',
  hope: 'One of the two: `jane@acme.com` finds a learner stored as `Jane@Acme.com`',
  owns: [],
  alternatives: [],
  fact: {
    key: 'emailCase',
    /** How `filter[email][eq]` treats letter case: `ignored`, or `exact` (then the fallbacks). */
    schema: zod.enum(['ignored', 'exact']),
  },
  operations: {
    keys: [
      'find_learner',
      'create_learner',
      'update_learner',
      'add_learner_to_group',
      'remove_learner_from_group',
      'resend_invitation',
      'onboard_learner',
      'offboard_learner',
      'find_learner_progress',
    ],
    when: 'a learner is chosen by an email that finds nobody as typed',
  },
  probe: 'email-case',
  readme: {
    ifNot:
      'a miss is tried again with the email as mapped, then a case-insensitive search; a school too large to search says so instead of "no such learner"',
    cost: 'up to 2 requests more for an email that finds nobody; none for one that does',
  },
} as const satisfies Question;
