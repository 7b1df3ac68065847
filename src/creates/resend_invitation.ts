import { defineCreate } from 'zapier-platform-core';

import { inputsOf } from '../lib/fields.js';
import { learnerField } from '../resources/people/fields.js';
import { invitationOutputFields, invitationSample } from '../resources/people/samples.js';
import { lockPerInput, writeThrottle } from '../resources/school/zapier-engine.js';
import { later, runtime } from '../lib/later.js';

export const fields = [learnerField] as const;

/** What the step does: loaded when it runs (src/lib/later.ts). */
export const perform = later(async () => (await runtime()).resendInvitation);

export default defineCreate({
  key: 'resend_invitation',
  noun: 'Invitation',
  display: {
    label: 'Resend Invitation',
    description:
      "Emails a pending learner a new invitation to join (earlier links stop working); right after Create Learner or Onboard Learner it stops the Zap, because Northpass has just sent one and another within ten minutes is held back: use Onboard Learner's Resend Invitation If Pending option instead.",
  },
  operation: {
    throttle: writeThrottle,
    // a second invitation voids the first link: one resend per learner at a time
    lock: lockPerInput('resend_invitation', 'learner'),
    inputFields: inputsOf(fields),
    perform,
    sample: invitationSample,
    outputFields: invitationOutputFields,
  },
});
