import * as zod from 'zod/mini';

import { listing } from '../../lib/errors.js';
import { quote } from '../../lib/inputs.js';
import { removalOutputSchema } from './output.js';

/**
 * Remove Learner from Group's output: the removal (the learner, or only the email or ID given
 * when there is no such learner; the groups removed from), its outcome in words, and one
 * sentence for a CRM note.
 */
export const learnerRemovalOutputSchema = zod.extend(removalOutputSchema, {
  outcome_label: zod.string(),
  summary: zod.string(),
  preview: zod.boolean(),
});
export type LearnerRemovalOutput = zod.infer<typeof learnerRemovalOutputSchema>;

/** "a", "a or b", "a, b or c". */
export const either = (items: readonly string[]): string =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} or ${items.at(-1) ?? ''}`;

/**
 * Remove Learner from Group's sentence for a CRM note, true on a first run and on a replay: the
 * groups the learner was removed from, and those they were not in (nothing to remove there).
 */
export const removalSummary = (
  email: string,
  removed: readonly string[],
  notIn: readonly string[],
): string => {
  if (removed.length === 0) return `${email} was not in ${either(notIn)}: nothing to remove.`;
  const rest = notIn.length > 0 ? `; was not in ${either(notIn)}` : '';
  return `Removed ${email} from ${listing(removed)}${rest}.`;
};

/** The sentence when the email or ID given is no learner at all. */
export const noLearnerSummary = (value: string): string => {
  const what = value.includes('@')
    ? `the email ${quote(value.trim().toLowerCase())}`
    : `the ID ${quote(value)}`;
  return `No learner has ${what}, so there was nothing to remove.`;
};
