import * as zod from 'zod/mini';

import { learnerByEmail } from './email-filter.js';
import type { Question } from './question.js';

export const emailCase = {
  id: 'email-case',
  asks: 'Does `filter[email][eq]` ignore letter case, or does Northpass store emails lower-case?',
  hope: 'One of the two: `jane@acme.com` finds a learner stored as `Jane@Acme.com`',
  owns: ['emailCase'],
  alternatives: [
    {
      label: 'emails stored lower-case, eq tells case apart',
      switches: { emailCase: 'lowered' },
      cost: '2 requests once a connection (asking how eq treats case), then for an email that finds nobody: 1 more (`i_cont`) or a walk of up to 10 pages',
      effect: 'slower',
    },
    {
      label: 'emails kept as typed, eq tells case apart',
      switches: { emailCase: 'exact' },
      cost: 'as above; Create Learner and Onboard Learner look the email up before creating (1 request, more for a new learner)',
      effect: 'slower',
    },
  ],
  fact: {
    key: 'emailCase',
    /** How `filter[email][eq]` treats letter case: `ignored`, or `exact` (then the fallbacks). */
    schema: zod.enum(['ignored', 'exact']),
  },
  operations: {
    keys: learnerByEmail,
    when: 'a learner is chosen by an email that finds nobody as typed',
  },
  probe: 'email-case',
  readme: {
    ifNot:
      'a miss is tried again with the email as mapped, then a case-insensitive search; a school too large to search says so instead of "no such learner"',
    cost: 'up to 2 requests more for an email that finds nobody; none for one that does',
  },
} as const satisfies Question;
