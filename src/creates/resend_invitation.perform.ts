import type { CreatePerform } from 'zapier-platform-core';

import { halted } from '../lib/errors.js';
import { readInputs } from '../lib/fields.js';
import { nowUtc } from '../lib/time.js';
import { describePerson, hasJoined } from '../resources/people/api.js';
import { invitationUnavailable, resendInvitation } from '../resources/people/invitations.js';
import { toLearnerOutput } from '../resources/people/output.js';
import { fields } from './resend_invitation.js';

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
