/** Whether a find-or-create made a new record or found the one Northpass already had. */
export type CreateOutcome = 'created' | 'existing';

export const createOutcomes = ['created', 'existing'] as const;
