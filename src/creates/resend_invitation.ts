import { defineCreate, defineInputFields, type CreatePerform } from 'zapier-platform-core';

import { halted } from '../lib/errors.js';
import { requiredText } from '../lib/inputs.js';
import { nowUtc } from '../lib/time.js';
import { describePerson, hasJoined, resolvePerson } from '../resources/people/api.js';
import { resendInvitation } from '../resources/people/invitations.js';
import { learnerField } from '../resources/people/fields.js';
import {
  invitationOutputFields,
  invitationSample,
  toLearnerOutput,
} from '../resources/people/output.js';

const inputFields = defineInputFields([learnerField]);

export const perform = (async (z, bundle) => {
  const learnerRef = requiredText(bundle.inputData.learner, 'Learner');
  const person = await resolvePerson(z, learnerRef, 'Learner');
  if (hasJoined(person)) {
    const since = person.attributes.activated_at?.slice(0, 10);
    const message = `${describePerson(person)} already joined Northpass${since ? ` on ${since}` : ''}, so there is no invitation to resend.`;
    // a halted run is a soft stop: it never counts toward Zapier pausing the Zap
    throw halted(message);
  }
  const result = await resendInvitation(z, person);
  if (!result.sent) {
    throw halted(
      `No invitation was sent: ${result.reason}. Another now would void the link they were just sent.`,
    );
  }
  return { ...toLearnerOutput(person), invitation_sent_at: nowUtc() };
}) satisfies CreatePerform<typeof inputFields>;

export default defineCreate({
  key: 'resend_invitation',
  noun: 'Invitation',
  display: {
    label: 'Resend Invitation',
    description:
      'Emails a pending learner a new invitation to join; earlier invitation links stop working.',
  },
  operation: {
    inputFields,
    perform,
    sample: invitationSample,
    outputFields: invitationOutputFields,
  },
});
