import * as zod from 'zod/mini';

import type { Question } from './question.js';

export const recordRelationships = {
  id: 'record-relationships',
  asks: 'Does a single-record read (and a create’s answer) carry `relationships.*.data`, such as a learner’s group ids?',
  hope: 'Yes (likely): a learner’s own record lists their groups',
  owns: ['relationshipData'],
  alternatives: [
    {
      label: 'relationships as links only, everywhere',
      switches: { relationshipData: false, listRelationshipData: false },
      cost: '1 request a group: its memberships are read to tell whether the learner is in it',
      effect: 'slower',
    },
  ],
  fact: {
    key: 'recordListsGroups',
    /** Whether a single read of a person has been seen to list their groups (a non-empty list). */
    schema: zod.boolean(),
  },
  operations: {
    keys: [
      'add_learner_to_group',
      'remove_learner_from_group',
      'onboard_learner',
      'offboard_learner',
      'create_learner',
    ],
    when: 'a learner joins or leaves a group, or a create finds a learner already in groups',
  },
  probe: 'single-relationships',
  readme: {
    ifNot:
      'the groups’ memberships are read instead; an empty list on a record is not believed until one has been seen non-empty',
    cost: '1 request a group',
  },
} as const satisfies Question;
