import { defineCreate, type CreatePerform } from 'zapier-platform-core';

import { halted } from '../lib/errors.js';
import { inputsOf, readInputs } from '../lib/fields.js';
import { nowUtc } from '../lib/time.js';
import { describePerson, hasJoined } from '../resources/people/api.js';
import { learnerField } from '../resources/people/fields.js';
import { invitationUnavailable, resendInvitation } from '../resources/people/invitations.js';
import { toLearnerOutput } from '../resources/people/output.js';
import { invitationOutputFields, invitationSample } from '../resources/people/samples.js';
import { lockPerInput, writeThrottle } from '../resources/school/zapier-engine.js';

const fields = [learnerField] as const;

export const perform = (async (z, bundle) => {
  const { learner } = await readInputs(z, bundle.inputData, fields);
  if (hasJoined(learner)) {
    const since = learner.attributes.activated_at?.slice(0, 10);
    // a halted run is a soft stop: it never counts toward Zapier pausing the Zap
    throw halted(
      `${describePerson(learner)} already joined Northpass${since ? ` on ${since}` : ''}, so there is no invitation to resend.`,
    );
  }
  const result = await resendInvitation(z, learner);
  if (!result.sent && result.outcome === 'not_available') throw invitationUnavailable(learner);
  if (!result.sent) {
    throw halted(
      `No invitation was sent: ${result.reason}. Another now would void the link they were just sent.`,
    );
  }
  return { ...toLearnerOutput(learner), invitation_sent_at: nowUtc() };
}) satisfies CreatePerform;

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
