import type { Question } from './question.js';

export const invitationPath = {
  id: 'invitation-path',
  asks: 'Does `POST /v2/people/{id}/invitations` resend an invitation (the path is a guess)?',
  hope: 'It does',
  owns: ['invitationRoute'],
  alternatives: [
    {
      label: 'no route resends invitations',
      switches: { invitationRoute: false },
      cost: 'Resend Invitation fails after 2 requests (the refused one and a read of the learner) saying to resend from Northpass admin; Onboard Learner succeeds with `invitation_outcome: not_available`',
      effect: 'not-available',
    },
  ],
  operations: {
    keys: ['resend_invitation', 'onboard_learner'],
    when: 'an invitation is resent (Onboard Learner: only when asked to resend to pending learners)',
  },
  probe: 'invitation',
  readme: {
    ifNot:
      'a 404/405 for a learner read back means no route: Resend Invitation says to resend from Northpass admin; Onboard Learner finishes and reports `not_available`',
    cost: '1 request more (the read-back), then the operation fails',
  },
} as const satisfies Question;
