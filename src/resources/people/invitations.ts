import type { ZObject } from 'zapier-platform-core';

import { behaviour } from '../../client/behaviour.js';
import { northpassRequest } from '../../client/request.js';
import { outcomeUnknown, refusal, ROUTE_MISSING } from '../../client/errors.js';
import { appError } from '../../lib/errors.js';
import { claim, release } from '../../lib/shared.js';
import { describePerson, findPersonById, type Person } from './record.js';

/**
 * An invitation sent this recently is not sent again: each one voids the link in the last, and a
 * replayed or parallel run would otherwise email the learner twice within minutes.
 */
export const RECENT_INVITATION_MINUTES = 10;

/**
 * What became of the learner's invitation in Onboard Learner: Northpass invited a learner it just
 * created (unless the school uses SSO); a pending learner's was resent; they had already joined;
 * it was held back (invited within ten minutes); a resend was not asked for; or the school's API
 * cannot resend invitations.
 */
export const invitationOutcomes = [
  'invited_by_northpass',
  'sent',
  'not_pending',
  'recently_invited',
  'not_asked',
  'not_available',
] as const;
export type InvitationOutcome = (typeof invitationOutcomes)[number];

/** How far ahead of this machine Northpass's clock may run before a date reads as wrong. */
const CLOCK_SKEW_MS = 120_000;

/**
 * Whole minutes since `time`; undefined when there is no date, or when it lies further in the
 * future than clocks drift (a clock Northpass got wrong must not hold resends back until then).
 */
const minutesAgo = (time: string | null | undefined, now = Date.now()): number | undefined => {
  const at = Date.parse(time ?? '');
  if (!Number.isFinite(at) || at - now > CLOCK_SKEW_MS) return undefined;
  return Math.max(0, Math.floor((now - at) / 60_000));
};

const ago = (minutes: number) =>
  minutes === 0 ? 'less than a minute ago' : `${minutes} minute${minutes === 1 ? '' : 's'} ago`;

/** Why an invitation must not be sent now, or undefined when it may. */
export const recentInvitation = (person: Person): string | undefined => {
  const created = minutesAgo(person.attributes.created_at);
  return created !== undefined && created < RECENT_INVITATION_MINUTES
    ? `${describePerson(person)} was added ${ago(created)}, and Northpass invited them then`
    : undefined;
};

/** The marker a run leaves when it sends an invitation, shared with parallel runs. */
const markerKey = (person: Person) => `invited:${person.id}`;

/**
 * Sent; held back (`recently_invited`: invited within ten minutes, by Northpass or another run);
 * or `not_available`: this school's API has no invitation route (a 404/405 for a learner a
 * read-back shows exists).
 */
export type ResendResult =
  { sent: true } | { sent: false; reason: string; outcome: 'recently_invited' | 'not_available' };

/** The error when the school's API cannot resend invitations: what to do instead. */
export const invitationUnavailable = (person: Person): Error =>
  appError(
    `Northpass's API for this school does not accept resending invitations. Resend it from Northpass admin (People > ${describePerson(person)} > Resend invitation).`,
    'not_available',
    405,
  );

/**
 * POST /v2/people/{id}/invitations (unverified path), at most once per learner in any ten
 * minutes across runs: a learner added or invited that recently is left alone, with the reason.
 * Never retried: a resend that got no answer may have gone out, and the message says so.
 */
export const resendInvitation = async (z: ZObject, person: Person): Promise<ResendResult> => {
  const recent = recentInvitation(person);
  if (recent) return { sent: false, reason: recent, outcome: 'recently_invited' };
  const token = await claim(z, markerKey(person), RECENT_INVITATION_MINUTES * 60);
  if (!token) {
    return {
      sent: false,
      reason: `an invitation went to ${describePerson(person)} in the last ${RECENT_INVITATION_MINUTES} minutes (another run of this Zap)`,
      outcome: 'recently_invited',
    };
  }
  const response = await northpassRequest(z, {
    method: 'POST',
    path: behaviour.invitationsPath(person.id),
    retry: false,
    expect: [...ROUTE_MISSING],
    notFound: `Northpass could not find the learner ${describePerson(person)}.`,
  }).catch(async (error: unknown) => {
    if (outcomeUnknown(error)) {
      throw appError(
        `Northpass did not confirm the resend for ${describePerson(person)}, so the invitation may already have gone out. Check the learner in Northpass before sending another.`,
        'invitation_unconfirmed',
        504,
      );
    }
    // Northpass refused: nothing was sent, so a later run may try again
    await release(z, markerKey(person), token);
    throw error;
  });
  if (response.status < 300) return { sent: true };
  // nothing was sent: a 404/405 is a missing route only for a learner who is still there
  await release(z, markerKey(person), token);
  if (!(await findPersonById(z, person.id))) {
    throw response.status === 404
      ? refusal(response)
      : appError(
          `Northpass could not find the learner ${describePerson(person)}.`,
          'not_found',
          404,
        );
  }
  return {
    sent: false,
    reason: "this school's API does not accept resending invitations",
    outcome: 'not_available',
  };
};
