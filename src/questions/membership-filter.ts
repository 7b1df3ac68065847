import * as zod from 'zod/mini';

import type { Question } from './question.js';

export const membershipFilter = {
  id: 'membership-filter',
  asks: 'Can a group’s memberships be asked for one learner’s (`filter[person_id][eq]`), so that a large group need not be read page by page?',
  hope: 'Yes (unverified): whether a learner is in a group of any size is 1 or 2 requests',
  owns: ['membershipPersonFilter'],
  alternatives: [
    {
      label: 'person filter on memberships ignored',
      switches: { membershipPersonFilter: 'ignored' },
      cost: 'a group of more than 500 members: its pages of 500 are read (up to 10), unless the learner’s record lists groups; + 1 request once a connection, to find out',
      effect: 'slower',
    },
    {
      label: 'person filter on memberships refused with 400',
      switches: { membershipPersonFilter: 'reject-400' },
      cost: 'as when ignored',
      effect: 'slower',
    },
  ],
  fact: {
    key: 'membershipPersonFilter',
    /** Whether a group's memberships filtered to one person list only that person's. */
    schema: zod.boolean(),
  },
  operations: {
    keys: [
      'add_learner_to_group',
      'remove_learner_from_group',
      'onboard_learner',
      'offboard_learner',
    ],
    when: 'whether a learner is in a group of more than 500 members must be read',
  },
  probe: 'membership-filter',
  readme: {
    ifNot:
      'a large group’s memberships are read page by page (500 a page, up to 10), unless the learner’s own record lists groups',
    cost: '1 request a page of 500 members',
  },
} as const satisfies Question;
