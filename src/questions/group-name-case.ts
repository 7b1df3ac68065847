import type { Question } from './question.js';

export const groupNameCase = {
  id: 'group-name-case',
  asks: 'Does Northpass treat a group name in other letter case as the same group?',
  hope: 'Nothing either way: the app applies its own name rule (spaces and letter case ignored) before every create',
  owns: [],
  alternatives: [
    {
      label: 'a name in other letter case is the same group',
      switches: {},
      cost: 'none',
      effect: 'same',
    },
  ],
  operations: {
    keys: ['create_group', 'onboard_learner'],
    when: 'a group is created by a name that exists in other letter case',
  },
  probe: 'group-name-case',
  readme: {
    ifNot: 'the app’s own look-up finds the group first, so Northpass is never asked',
    cost: 'none',
  },
} as const satisfies Question;
