import * as zod from 'zod/mini';

import type { LearnerDetails } from '../people/directory.js';
import { dayOf, today, type Found } from './walk.js';
import type { EnrollmentEvent, Watch } from './watch.js';

/**
 * New Stalled Learner: an enrollment that is old enough, far from finished and inactive. A stall
 * starts at the last activity (the enrollment, if never active); moving on and stalling again is
 * a new stall, with a new id.
 */

export interface StallRule {
  enrolledDays: number;
  progressBelow: number;
  inactiveDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const daysFrom = (from: string, to: string): number =>
  Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
const plusDays = (day: string, days: number): string =>
  new Date(Date.parse(day) + days * DAY_MS).toISOString().slice(0, 10);

interface Stall {
  /** The day the stall began: the last activity, or the enrollment. */
  start: string;
  sinceEnrolled: number;
  sinceActive: number;
}

/** A rule every dated, unfinished enrollment meets: for the days since, whatever the rule. */
const ANY_AGE: StallRule = { enrolledDays: 0, progressBelow: 101, inactiveDays: 0 };

/** Whether (and since when) an enrollment is stalled today under the rule. */
export const stallOf = (found: Found, rule: StallRule, on = today()): Stall | undefined => {
  const enrolled = dayOf(found.enrolledAt);
  if (enrolled === null || found.progress >= rule.progressBelow) return undefined;
  const start = dayOf(found.lastActiveOn) ?? enrolled;
  const sinceEnrolled = daysFrom(enrolled, on);
  const sinceActive = daysFrom(start, on);
  return sinceEnrolled >= rule.enrolledDays && sinceActive >= rule.inactiveDays
    ? { start, sinceEnrolled, sinceActive }
    : undefined;
};

export const stalledOutputSchema = zod.object({
  id: zod.string(),
  course_id: zod.string(),
  course_name: zod.string(),
  learner_id: zod.string(),
  learner_email: zod.nullable(zod.string()),
  learner_first_name: zod.nullable(zod.string()),
  learner_last_name: zod.nullable(zod.string()),
  learner_name: zod.nullable(zod.string()),
  progress: zod.number(),
  enrolled_at: zod.nullable(zod.string()),
  last_active_on: zod.nullable(zod.string()),
  stalled_since: zod.string(),
  days_since_enrolled: zod.number(),
  days_since_active: zod.number(),
});
export type StalledOutput = zod.infer<typeof stalledOutputSchema>;

const toStalledOutput = (
  found: Found,
  event: EnrollmentEvent,
  learner: LearnerDetails | null,
  stall: Stall,
): StalledOutput => ({
  id: event.id,
  course_id: found.courseId,
  course_name: found.courseName,
  learner_id: found.personId,
  learner_email: learner?.email ?? null,
  learner_first_name: learner?.first_name ?? null,
  learner_last_name: learner?.last_name ?? null,
  learner_name: learner?.full_name ?? null,
  progress: found.progress,
  enrolled_at: found.enrolledAt,
  last_active_on: found.lastActiveOn,
  stalled_since: stall.start,
  days_since_enrolled: stall.sinceEnrolled,
  days_since_active: stall.sinceActive,
});

/**
 * The watch of stalls in one course or the whole school: every page of every course (a stall is
 * a state, not a recent event), an event on the day the enrollment became a stall (its last
 * activity plus `inactiveDays`, or its enrollment plus `enrolledDays`, whichever is later).
 */
export const stalledWatch = (
  rule: StallRule,
  course?: { id: string; name: string },
): Watch<StalledOutput> => {
  const event = (found: Found): EnrollmentEvent | undefined => {
    const stall = stallOf(found, rule);
    const enrolled = dayOf(found.enrolledAt);
    if (!stall || enrolled === null) return undefined;
    const stalledOn = plusDays(stall.start, rule.inactiveDays);
    const oldEnough = plusDays(enrolled, rule.enrolledDays);
    return {
      id: `${found.courseId}:${found.personId}:${stall.start}`,
      day: stalledOn > oldEnough ? stalledOn : oldEnough,
    };
  };
  return {
    stream: `stalled:${course?.id ?? 'any'}:${rule.enrolledDays}:${rule.progressBelow}:${rule.inactiveDays}`,
    ...(course ? { course } : {}),
    order: { date: 'last_active_on', everyPage: true, needsProgress: 'stalled learners' },
    event,
    toItem: (found, stallEvent, learner) =>
      toStalledOutput(
        found,
        stallEvent,
        learner,
        // the days as of now, whatever the rule (an event is a stall: its enrollment is dated)
        stallOf(found, ANY_AGE) ?? { start: stallEvent.day, sinceEnrolled: 0, sinceActive: 0 },
      ),
  };
};
