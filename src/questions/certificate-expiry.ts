import type { Question } from './question.js';

export const certificateExpiry = {
  id: 'certificate-expiry',
  asks: "Do transcript items carry a certificate's expiry as `expires_at` (null when it does not expire)?",
  hope: 'They do (production code reads `expires_at` beside `links.certificate`)',
  owns: ['transcriptExpiry'],
  alternatives: [
    {
      label: 'transcripts without `expires_at`',
      switches: { transcriptExpiry: 'absent' },
      cost: 'expiry fields stay blank; a New Certificate Expiring poll that reads certificates and no expiry fails with an error naming the field (the same requests)',
      effect: 'not-available',
    },
  ],
  operations: {
    keys: ['new_certificate_expiring', 'find_learner_training_summary', 'find_learner_progress'],
    when: "a learner's transcript is read",
  },
  probe: 'certificate-expiry',
  readme: {
    ifNot:
      '`certificate_expires_at`, `expires_at` and `next_certificate_expires_at` stay blank; New Certificate Expiring fails with an error naming the field, never stays silent',
    cost: 'New Certificate Expiring cannot work',
  },
} as const satisfies Question;
