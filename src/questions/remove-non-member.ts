import type { Question } from './question.js';

export const removeNonMember = {
  id: 'remove-non-member',
  asks: 'What does removing someone from a group they are not in answer?',
  hope: 'A silent 204',
  owns: ['nonMemberRemoval'],
  alternatives: [
    {
      label: 'removing a non-member refused with 404',
      switches: { nonMemberRemoval: 'reject-404' },
      cost: '1 request: the group’s memberships confirm “not a member”',
      effect: 'same',
    },
    {
      label: 'removing a non-member refused with 409',
      switches: { nonMemberRemoval: 'reject-409' },
      cost: '1 request: the group’s memberships confirm “not a member”',
      effect: 'same',
    },
    {
      label: 'removing a non-member refused with 422',
      switches: { nonMemberRemoval: 'reject-422' },
      cost: '1 request: the group’s memberships confirm “not a member”',
      effect: 'same',
    },
  ],
  operations: {
    keys: ['remove_learner_from_group', 'offboard_learner'],
    when: 'the learner left the group between the app’s read and its removal',
  },
  probe: 'remove-non-member',
  readme: {
    ifNot:
      '404/409/422 believed only when the group’s memberships confirm it (or, when they cannot tell, Northpass’s words say “not a member”)',
    cost: '1 request',
  },
} as const satisfies Question;
