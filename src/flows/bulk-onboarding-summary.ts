import { listing, MAX_MESSAGE_LENGTH, truncate } from '../lib/errors.js';
import type { Course } from '../resources/courses/api.js';
import type { Group } from '../resources/groups/api.js';
import { PREVIEW_PREFIX } from '../resources/school/preview.js';
import { capitalise, plural } from './onboarding-summary.js';

/** What Onboard Learners did (or, previewing, would do) for each person and in all, in words. */

export type { LearnerRow as BulkLearner } from '../resources/people/rows.js';

export const bulkOutcomes = ['created', 'existing', 'would_create', 'failed'] as const;
export type BulkOutcome = (typeof bulkOutcomes)[number];

/** One person's line: what became of them, and why not when they failed. */
export interface BulkLine {
  email: string;
  learner_id: string | null;
  outcome: BulkOutcome;
  error: string | null;
}

export interface BulkResult {
  created: number;
  existing: number;
  /** People newly in at least one of the groups. */
  added: number;
  failed: number;
  learners: BulkLine[];
  groups: Group[];
  courses: Course[];
  summary: string;
}

/** The counts of the lines: created (or would be), existing, failed. */
export const countsOf = (lines: BulkLine[]) => ({
  created: lines.filter((line) => line.outcome === 'created' || line.outcome === 'would_create')
    .length,
  existing: lines.filter((line) => line.outcome === 'existing').length,
  failed: lines.filter((line) => line.outcome === 'failed').length,
});

/**
 * The sentence: people created and found, added to the groups, the groups' own changes, then
 * who failed and why, as far as room allows. `preview`: the same, as what would happen.
 */
export const bulkSummary = (
  lines: BulkLine[],
  added: number,
  groupNames: string[],
  groupChanges: string[],
  preview: boolean,
): string => {
  const { created, existing, failed } = countsOf(lines);
  const [create, add] = preview ? ['would create', 'would add'] : ['created', 'added'];
  const parts = [
    ...(created > 0 ? [`${create} ${plural(created, 'learner')}`] : []),
    ...(existing > 0 ? [`${existing} already in Northpass`] : []),
    ...(added > 0 ? [`${add} ${plural(added, 'learner')} to ${listing(groupNames, 60)}`] : []),
    ...groupChanges,
  ];
  const failures = lines.filter((line) => line.outcome === 'failed');
  const failedText =
    failed > 0
      ? ` ${failed} ${preview ? 'would fail' : 'failed'}: ${failures
          .map((line) => `${line.email || '(no email)'} (${line.error ?? ''})`)
          .join('; ')}`
      : '';
  const changed = created > 0 || added > 0 || groupChanges.length > 0;
  const done = changed
    ? `${preview ? parts.join(', ') : capitalise(parts.join(', '))}.`
    : `No changes: ${preview ? 'nothing to do for ' : ''}${plural(lines.length - failed, 'learner')}${preview ? '' : ' already onboarded'}.`;
  const text =
    !changed && failed === lines.length
      ? `${preview ? `${PREVIEW_PREFIX} every learner would fail:` : 'No learner could be onboarded:'}${failedText.replace(/^ \d+ (would fail|failed):/, '')}`
      : `${preview ? `${PREVIEW_PREFIX} ` : ''}${done}${failedText}`;
  return truncate(text, MAX_MESSAGE_LENGTH * 2);
};
