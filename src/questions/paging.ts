import * as zod from 'zod/mini';

import type { Question } from './question.js';

export const paging = {
  id: 'paging',
  asks: 'Is `limit` honoured (memberships up to 500 a page), do `links.next` keep it, and how is an empty list of memberships or enrollments answered?',
  hope: '`limit` is honoured and kept, memberships up to 500 a page (values up to 500 have worked); an empty list is a 404 with no errors (as Northpass answers today)',
  owns: ['nextLinkKeepsLimit', 'pageSizeOverride', 'emptyCollection404', 'membershipPageLimit'],
  alternatives: [
    {
      label: 'next links without limit',
      switches: { nextLinkKeepsLimit: false },
      cost: 'none: the app builds every page and its `limit` itself',
      effect: 'same',
    },
    {
      label: 'limit ignored (pages of 150)',
      switches: { pageSizeOverride: 150 },
      cost: 'none: a poll still returns at most 100 records, each once',
      effect: 'same',
    },
    {
      label: 'empty lists as data: [] instead of 404',
      switches: { emptyCollection404: false },
      cost: 'none',
      effect: 'same',
    },
    {
      label: 'memberships at most 100 a page',
      switches: { membershipPageLimit: 100 },
      cost: 'a group of more than 100 members: 1 request more to tell whether a learner is in it where memberships can be asked for one learner or records list groups, otherwise 1 request a page of 100 (up to 10); New Learner with a group reads up to 10 pages of 100',
      effect: 'slower',
    },
  ],
  fact: {
    key: 'onePage',
    /** Per collection, whether it fitted in one page when last read (a hint, re-checked). */
    schema: zod.record(zod.string(), zod.boolean()),
  },
  operations: {
    keys: [
      'new_learner',
      'add_learner_to_group',
      'remove_learner_from_group',
      'onboard_learner',
      'offboard_learner',
      'new_group',
      'new_course',
      'new_course_completion',
      'new_course_enrollment',
      'new_learning_path_completion',
      'learner_list',
      'group_list',
      'course_list',
      'learning_path_list',
    ],
    when: 'a list runs past one page, or is empty',
  },
  probe: 'paging',
  readme: {
    ifNot:
      'pages and `limit` are built by the app; every poll returns at most 100 records, each once',
    cost: 'none',
  },
} as const satisfies Question;
