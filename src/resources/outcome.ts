import type { ZObject } from 'zapier-platform-core';
import type * as zod from 'zod/mini';

import { behaviour } from '../client/behaviour.js';
import { refusal } from '../client/errors.js';
import { northpassRequest, parseBody } from '../client/request.js';

/** Whether a find-or-create made a new record or found the one Northpass already had. */
export type CreateOutcome = 'created' | 'existing';

export const createOutcomes = ['created', 'existing'] as const;

/** A record whose age tells a fresh create from an existing record. */
type Dated = { attributes: { created_at?: string | null } };

/**
 * Northpass's idempotent create: POST the record; Northpass either creates it, returns the
 * existing one, or refuses a duplicate with 409/422, and then `findExisting` looks it up. A
 * refusal with nothing to find is Northpass's own error. Safe to retry, so it is retried once.
 */
export const findOrCreate = async <T extends Dated>(
  z: ZObject,
  {
    path,
    body,
    schema,
    findExisting,
  }: {
    path: string;
    body: unknown;
    /** The single-document schema of the record's type. */
    schema: zod.ZodMiniType<{ data: T }>;
    findExisting: () => Promise<T | null | undefined>;
  },
): Promise<{ record: T; outcome: CreateOutcome }> => {
  const response = await northpassRequest(z, {
    method: 'POST',
    path,
    body,
    retry: true,
    expect: [...behaviour.duplicateStatuses],
  });
  if (!behaviour.duplicateStatuses.includes(response.status)) {
    const record = parseBody(response, schema).data;
    const answeredAt = Date.parse(response.getHeader('date') ?? '');
    const existing = behaviour.isExistingRecord(response.status, record, answeredAt);
    return { record, outcome: existing ? 'existing' : 'created' };
  }
  const existing = await findExisting();
  if (!existing) throw refusal(response);
  return { record: existing, outcome: 'existing' };
};

/** Each outcome value in words a person reads (the value itself stays the key a filter uses). */
const OUTCOME_LABELS: Readonly<Record<string, string>> = {
  created: 'Created',
  existing: 'Already existed',
  removed: 'Removed',
  not_a_member: 'Was not a member',
  no_such_learner: 'No such learner',
  would_create: 'Would be created',
  would_add: 'Would be added',
  would_remove: 'Would be removed',
  would_update: 'Would be updated',
  would_invite: 'Would be invited',
  would_resend: 'Invitation would be resent',
  updated: 'Updated',
  unchanged: 'Unchanged',
  invited_by_northpass: 'Invited by Northpass',
  sent: 'Invitation sent',
  not_pending: 'Already joined',
  recently_invited: 'Invited in the last ten minutes',
  not_asked: 'Not asked',
  not_available: 'Not available in this school',
};

/**
 * The human label beside an `outcome` output (`outcome_label`): "Already existed" for
 * `existing`; a value without a label of its own reads as its words ("would_join" is "Would
 * join").
 */
export const outcomeLabel = (outcome: string): string => {
  const known = OUTCOME_LABELS[outcome];
  if (known !== undefined) return known;
  const words = outcome.replace(/_/g, ' ').trim();
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
};

/** An outcome with its label, to spread into an output: `{ outcome, outcome_label }`. */
export const labelledOutcome = <O extends string>(
  outcome: O,
): { outcome: O; outcome_label: string } => ({ outcome, outcome_label: outcomeLabel(outcome) });
