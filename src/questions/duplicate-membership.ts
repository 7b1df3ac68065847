import type { Question } from './question.js';

export const duplicateMembership = {
  id: 'duplicate-membership',
  asks: 'What does adding a learner to a group they are already in answer?',
  hope: 'A silent 204',
  owns: ['duplicateMembership'],
  alternatives: [
    {
      label: 'adding a member twice refused with 422',
      switches: { duplicateMembership: 'reject-422' },
      cost: '1 request: the group’s memberships confirm “already a member”',
      effect: 'same',
    },
    {
      label: 'adding a member twice refused with 409',
      switches: { duplicateMembership: 'reject-409' },
      cost: '1 request: the group’s memberships confirm “already a member”',
      effect: 'same',
    },
  ],
  operations: {
    keys: ['add_learner_to_group', 'onboard_learner'],
    when: 'the learner is already in the group',
  },
  probe: 'duplicate-membership',
  readme: {
    ifNot:
      '409/422 believed only when the group’s memberships list the learner (or, when they cannot tell, Northpass’s words say “already”)',
    cost: '1 request',
  },
} as const satisfies Question;
