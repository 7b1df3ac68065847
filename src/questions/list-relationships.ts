import type { Question } from './question.js';

export const listRelationships = {
  id: 'list-relationships',
  asks: 'Do people, group and course lists carry `relationships.*.data` (related ids)?',
  hope: 'Not relied on: an empty or missing list there proves nothing (weak evidence against)',
  owns: ['listRelationshipData'],
  alternatives: [
    {
      label: 'lists without relationship data',
      switches: { listRelationshipData: false },
      cost: 'none beyond the hoped case: memberships are always read from `GET /v2/groups/{id}/memberships`',
      effect: 'same',
    },
  ],
  operations: {
    keys: ['new_learner', 'offboard_learner'],
    when: 'New Learner filters by group; offboarding finds a learner’s groups',
  },
  probe: 'list-relationships',
  readme: {
    ifNot:
      'New Learner’s group filter reads the group’s memberships; offboarding reads a learner’s own record, then the groups’ memberships',
    cost: '1 request a poll (2 with a group by name, 3 at most)',
  },
} as const satisfies Question;
