import type { ZObject } from 'zapier-platform-core';
import * as zod from 'zod/mini';

import { behaviour } from '../../client/behaviour.js';
import { PAGE_SIZE } from '../../client/config.js';
import { idSegment, linkHref } from '../../client/jsonapi.js';
import { collectPages, fetchPage } from '../../client/pages.js';
import { appError } from '../../lib/errors.js';
import { quote } from '../../lib/inputs.js';
import { logSkipped } from '../polling.js';

/** confirmed: a learner's transcript, paginated; 404 when they have no activity (none). */
const transcriptPath = (personId: string) => `/v2/transcripts/${idSegment(personId)}`;

/** Pages of a transcript read at most: 500 courses and paths. */
export const TRANSCRIPT_PAGES = 5;

const text = zod.nullish(zod.union([zod.string(), zod.number()]));

/** A number Northpass may send as one or as text ("100"); null when it is neither. */
const numberOf = (value: string | number | null | undefined): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
};

const transcriptItemSchema = zod.looseObject({
  attributes: zod.looseObject({
    resource_id: zod.string(),
    resource_type: zod.string(),
    name: zod.nullish(zod.string()),
    progress_status: zod.nullish(zod.string()),
    progress: text,
    enrolled_at: text,
    started_at: text,
    completed_at: text,
    last_active_at: text,
    score: text,
    [behaviour.certificateExpiry]: text,
  }),
  links: zod.nullish(zod.looseObject({ [behaviour.certificateLink]: zod.optional(zod.unknown()) })),
});
type TranscriptItem = zod.infer<typeof transcriptItemSchema>;

export const progressStatuses = ['enrolled', 'in_progress', 'completed'] as const;
export type ProgressStatus = (typeof progressStatuses)[number];

/** One course (or learning path) on a learner's transcript, as the app reads it. */
export interface TranscriptEntry {
  resourceId: string;
  resourceType: string;
  name: string | null;
  status: ProgressStatus;
  /** 0-100; Northpass may give only a status, and then a finished course is 100. */
  progress: number | null;
  enrolledAt: string | null;
  startedAt: string | null;
  completedAt: string | null;
  lastActiveAt: string | null;
  score: number | null;
  certificateUrl: string | null;
  /** When the certificate expires; null when it does not (or Northpass does not say). */
  expiresAt: string | null;
  /** Whether the item carries the expiry attribute at all (null included). */
  expiryStated: boolean;
}

const dateText = (value: string | number | null | undefined): string | null =>
  value === null || value === undefined || value === '' ? null : String(value);

const entryOf = ({ attributes, links }: TranscriptItem): TranscriptEntry => {
  const progress = numberOf(attributes.progress);
  const named = progressStatuses.find((status) => status === attributes.progress_status);
  const status: ProgressStatus =
    named ??
    (progress === null
      ? 'enrolled'
      : progress >= 100
        ? 'completed'
        : progress > 0
          ? 'in_progress'
          : 'enrolled');
  return {
    resourceId: attributes.resource_id,
    resourceType: attributes.resource_type,
    name: attributes.name ?? null,
    status,
    progress: progress ?? (status === 'completed' ? 100 : null),
    enrolledAt: dateText(attributes.enrolled_at),
    startedAt: dateText(attributes.started_at),
    completedAt: dateText(attributes.completed_at),
    lastActiveAt: dateText(attributes.last_active_at),
    score: numberOf(attributes.score),
    certificateUrl: linkHref(links?.[behaviour.certificateLink]),
    expiresAt: dateText(attributes[behaviour.certificateExpiry]),
    expiryStated: Object.hasOwn(attributes, behaviour.certificateExpiry),
  };
};

/**
 * GET /v2/transcripts/{person id}: the learner's courses and paths (none when no activity), at
 * most `maxPages` pages of 100 (500 unless told); `complete` is false when the transcript is longer.
 */
export const transcriptOf = async (
  z: ZObject,
  personId: string,
  maxPages = TRANSCRIPT_PAGES,
): Promise<{ entries: TranscriptEntry[]; complete: boolean }> => {
  const { items, skipped, complete } = await collectPages(
    z,
    { path: transcriptPath(personId) },
    transcriptItemSchema,
    { maxPages },
  );
  logSkipped(z, skipped);
  return { entries: items.map(entryOf), complete };
};

/**
 * GET /v2/transcripts/{person id}, one page of 100 (`page` from 1), for a caller that decides
 * page by page whether to read on: none when the learner has no activity.
 */
export const transcriptPage = async (
  z: ZObject,
  personId: string,
  page: number,
): Promise<{ entries: TranscriptEntry[]; hasNext: boolean }> => {
  const params: Record<string, number> =
    page > 1 ? { limit: PAGE_SIZE, page } : { limit: PAGE_SIZE };
  const result = await fetchPage(
    z,
    { path: transcriptPath(personId), params },
    transcriptItemSchema,
  );
  logSkipped(z, result.skipped);
  return { entries: result.items.map(entryOf), hasNext: result.hasNext };
};

export const latest = (entry: TranscriptEntry): number =>
  Math.max(
    ...[entry.lastActiveAt, entry.completedAt, entry.startedAt, entry.enrolledAt].map(
      (date) => Date.parse(date ?? '') || 0,
    ),
  );

/** The course the learner was most recently active in. */
export const mostRecentCourse = (entries: TranscriptEntry[]): TranscriptEntry | undefined =>
  entries
    .filter((entry) => entry.resourceType === 'course')
    .sort((a, b) => latest(b) - latest(a))[0];

/** A transcript longer than the pages read, where the answer may lie beyond them. */
export const transcriptTooLong = (
  person: { attributes: { email: string } },
  course: { attributes: { name: string } } | undefined,
): Error =>
  appError(
    course
      ? `The transcript of ${person.attributes.email} is longer than ${TRANSCRIPT_PAGES * PAGE_SIZE} courses and paths, and ${quote(course.attributes.name)} is not among the first ${TRANSCRIPT_PAGES * PAGE_SIZE}.`
      : `The transcript of ${person.attributes.email} is longer than ${TRANSCRIPT_PAGES * PAGE_SIZE} courses and paths: choose the course to look at.`,
    'transcript_too_long',
    400,
  );
