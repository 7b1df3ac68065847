import * as zod from 'zod/mini';

import { PAGE_SIZE } from '../../client/config.js';
import { appError } from '../../lib/errors.js';
import type { Person } from '../people/api.js';
import { learnerOutputSchema, toLearnerOutput } from '../people/output.js';
import { latest, type ProgressStatus, type TranscriptEntry } from './api.js';

/** Pages of a transcript a summary reads at most: 1,000 courses and paths. */
export const SUMMARY_TRANSCRIPT_PAGES = 10;

/** A certificate on a learner's transcript, as a line item. */
const certificateSchema = zod.object({
  course: zod.string(),
  url: zod.nullable(zod.string()),
  expires_at: zod.nullable(zod.string()),
});

/** Find Learner Training Summary: one flat record of the learner's whole transcript. */
export const trainingSummaryOutputSchema = zod.extend(learnerOutputSchema, {
  courses_enrolled: zod.number(),
  courses_in_progress: zod.number(),
  courses_completed: zod.number(),
  percent_complete: zod.nullable(zod.number()),
  last_active_at: zod.nullable(zod.string()),
  completed_course_names: zod.array(zod.string()),
  in_progress_course_names: zod.array(zod.string()),
  learning_path_names: zod.array(zod.string()),
  completed_learning_path_names: zod.array(zod.string()),
  certificates: zod.array(certificateSchema),
  next_certificate_expires_at: zod.nullable(zod.string()),
});
export type TrainingSummaryOutput = zod.infer<typeof trainingSummaryOutputSchema>;

const rank: Record<ProgressStatus, number> = { enrolled: 0, in_progress: 1, completed: 2 };

/**
 * One entry per course or path: a learner may be listed more than once for the same one
 * (attempts, versions); the furthest along counts, then the most recently active.
 */
const onePerResource = (entries: TranscriptEntry[]): TranscriptEntry[] => {
  const chosen = new Map<string, TranscriptEntry>();
  for (const entry of entries) {
    const key = `${entry.resourceType}:${entry.resourceId}`;
    const known = chosen.get(key);
    const better =
      !known ||
      rank[entry.status] > rank[known.status] ||
      (rank[entry.status] === rank[known.status] && latest(entry) > latest(known));
    if (better) chosen.set(key, entry);
  }
  return [...chosen.values()];
};

const time = (value: string | null): number => {
  const parsed = Date.parse(value ?? '');
  return Number.isFinite(parsed) ? parsed : Number.NaN;
};

const nameOf = (entry: TranscriptEntry): string => entry.name ?? entry.resourceId;
const names = (entries: TranscriptEntry[]): string[] =>
  entries.map(nameOf).sort((a, b) => a.localeCompare(b));

/** The latest of the dates, as Northpass wrote it; null when none is a date. */
const latestOf = (dates: (string | null)[]): string | null => {
  let best: string | null = null;
  for (const date of dates) {
    if (Number.isFinite(time(date)) && (best === null || time(date) > time(best))) best = date;
  }
  return best;
};

/** A learner's transcript, summed up; `now` decides which certificate expiries lie ahead. */
export const toTrainingSummary = (
  person: Person,
  transcript: TranscriptEntry[],
  now: number,
): TrainingSummaryOutput => {
  const entries = onePerResource(transcript);
  const courses = entries.filter((entry) => entry.resourceType === 'course');
  const paths = entries.filter((entry) => entry.resourceType === 'learning_path');
  const completed = courses.filter((entry) => entry.status === 'completed');
  const certificates = courses
    .filter((entry) => entry.certificateUrl !== null || entry.expiresAt !== null)
    .sort(
      (a, b) =>
        (time(a.expiresAt) || Infinity) - (time(b.expiresAt) || Infinity) ||
        nameOf(a).localeCompare(nameOf(b)),
    );
  const ahead = certificates.filter((entry) => time(entry.expiresAt) > now);
  return {
    ...toLearnerOutput(person),
    courses_enrolled: courses.length,
    courses_in_progress: courses.filter((entry) => entry.status === 'in_progress').length,
    courses_completed: completed.length,
    percent_complete:
      courses.length === 0 ? null : Math.floor((completed.length / courses.length) * 100),
    last_active_at: latestOf(
      entries.flatMap((entry) => [entry.lastActiveAt, entry.completedAt, entry.startedAt]),
    ),
    completed_course_names: names(completed),
    in_progress_course_names: names(courses.filter((entry) => entry.status === 'in_progress')),
    learning_path_names: names(paths),
    completed_learning_path_names: names(paths.filter((entry) => entry.status === 'completed')),
    certificates: certificates.map((entry) => ({
      course: nameOf(entry),
      url: entry.certificateUrl,
      expires_at: entry.expiresAt,
    })),
    next_certificate_expires_at: ahead[0]?.expiresAt ?? null,
  };
};

/** A transcript longer than a summary reads: its counts would be wrong, so none is given. */
export const summaryTooLong = (person: Person): Error =>
  appError(
    `The transcript of ${person.attributes.email} is longer than ${(SUMMARY_TRANSCRIPT_PAGES * PAGE_SIZE).toLocaleString('en-US')} courses and paths, too long to sum up here. Use Find Learner Progress for one course.`,
    'transcript_too_long',
    400,
  );

/** A line-item output field: Zapier shows its children for each item. */
