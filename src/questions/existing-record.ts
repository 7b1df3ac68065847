import type { Question } from './question.js';

export const existingRecord = {
  id: 'existing-record',
  asks: 'What does a create answer for a record that already exists (a known email, a taken group name)?',
  hope: 'The existing record, with 200 (documented for people and groups)',
  owns: ['duplicateEmail', 'duplicateGroupName', 'existingStatus'],
  alternatives: [
    {
      label: 'existing records answered with 201',
      switches: { existingStatus: 201 },
      cost: 'none: the record’s age on Northpass’s clock (its `Date` header) says it existed',
      effect: 'same',
    },
    {
      label: 'known emails and taken group names refused with 422',
      switches: { duplicateEmail: 'reject-422', duplicateGroupName: 'reject-422' },
      cost: '1 request: the existing record is looked up',
      effect: 'same',
    },
    {
      label: 'known emails and taken group names refused with 409',
      switches: { duplicateEmail: 'reject-409', duplicateGroupName: 'reject-409' },
      cost: '1 request: the existing record is looked up',
      effect: 'same',
    },
  ],
  operations: {
    keys: ['create_learner', 'create_group', 'onboard_learner'],
    when: 'the learner or group already exists',
  },
  probe: 'duplicate-email',
  readme: {
    ifNot:
      '201 judged by the record’s age on Northpass’s clock; 409/422 looked up; a “new” learner already in groups is existing',
    cost: '1 request (the look-up)',
  },
} as const satisfies Question;
