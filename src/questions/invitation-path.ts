import type { Question } from './question.js';

export const invitationPath = {
  id: 'invitation-path',
  asks: 'Does `POST /v2/people/{id}/invitations` resend an invitation (the path is a guess)?',
  hope: 'It does',
  owns: [],
  alternatives: [
    {
      label: 'the path does not exist',
      switches: {},
      cost: 'the operation fails with Northpass’s 404: correct `invitationsPath` in src/client/behaviour.ts',
      effect: 'not-available',
    },
  ],
  operations: {
    keys: ['resend_invitation', 'onboard_learner'],
    when: 'an invitation is resent (Onboard Learner: only when asked to resend to pending learners)',
  },
  probe: 'invitation',
  readme: {
    ifNot: 'Resend Invitation cannot work until the path is corrected',
    cost: 'the operation fails',
  },
} as const satisfies Question;
