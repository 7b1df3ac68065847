import * as zod from 'zod/mini';

import type { Question } from './question.js';

export const nameSearch = {
  id: 'name-search',
  asks: 'Does `filter[name][cont]` (documented as SQL LIKE) ignore letter case?',
  hope: 'Yes: 1 request finds a course or group by any spelling of its name',
  owns: ['contCaseSensitive', 'caseInsensitivePredicate'],
  alternatives: [
    {
      label: 'cont tells case apart, no i_cont',
      switches: { contCaseSensitive: true },
      cost: 'a name not found as typed: a walk of the list (up to 1,000 records, 10 requests)',
      effect: 'slower',
    },
    {
      label: 'cont tells case apart, i_cont exists',
      switches: { contCaseSensitive: true, caseInsensitivePredicate: true },
      cost: 'none once learned: every name is searched with `filter[name][i_cont]`, 1 request (Create Group: 3)',
      effect: 'slower',
    },
    {
      label: 'cont tells case apart, unknown filters ignored',
      switches: { contCaseSensitive: true, unknownFilter: 'ignore' },
      cost: 'a name not found as typed: a walk of the list (up to 1,000 records, 10 requests)',
      effect: 'slower',
    },
  ],
  fact: {
    key: 'nameSearch',
    /** Per collection, the name search that finds every letter-case variant. */
    schema: zod.record(zod.string(), zod.enum(['cont', 'i_cont', 'walk'])),
  },
  operations: {
    keys: [
      'find_course',
      'find_group',
      'find_learning_path',
      'create_group',
      'add_course_to_group',
      'add_learner_to_group',
      'remove_learner_from_group',
      'onboard_learner',
      'offboard_learner',
      'find_learner_progress',
      'new_learner',
    ],
    when: 'a course, group or learning path is chosen by a name not found as typed',
  },
  probe: 'name-search',
  readme: {
    ifNot: '`filter[name][i_cont]` if it exists, else a walk of the list',
    cost: 'once per connection: up to 17 requests (3 search pages, the first page, 4 probes, 9 more pages); then 1 a name (`i_cont`: every name searched with it; Create Group 3) or up to 10 (walk, 1,000 records) on a name not found as typed',
  },
} as const satisfies Question;
