import type { Bundle, ZObject } from 'zapier-platform-core';
import * as zod from 'zod/mini';

import { behaviour } from '../../client/behaviour.js';
import { relatedId, idSchema } from '../../client/jsonapi.js';
import { appError } from '../../lib/errors.js';
import { coursePath } from '../courses/api.js';
import { newestRecords } from '../newest.js';
import { pollItems, pollLimit, releaseComplete } from '../polling.js';
import { learnerDetails, type LearnerDetails } from '../people/directory.js';
import { personSchema, type Person } from '../people/api.js';

/** confirmed: a course's enrollments (there is no school-wide list). */
export const courseEnrollmentsPath = (courseId: string) => `${coursePath(courseId)}/enrollments`;

const field = zod.nullish(zod.union([zod.string(), zod.number()]));

/** An enrollment; its fields may sit in `attributes` or at the top level. */
export const enrollmentSchema = zod.looseObject({
  id: zod.union([zod.string(), zod.number()]),
  person_id: field,
  progress: field,
  enrolled_at: field,
  completed_at: field,
  last_active_on: field,
  attributes: zod.nullish(
    zod.looseObject({
      person_id: field,
      progress: field,
      enrolled_at: field,
      completed_at: field,
      last_active_on: field,
    }),
  ),
  relationships: zod.nullish(zod.looseObject({ person: zod.unknown() })),
});
export type EnrollmentRecord = zod.infer<typeof enrollmentSchema>;

export interface Enrollment {
  personId: string;
  progress: number;
  enrolledAt: string | null;
  /** When Northpass says the course was completed; null when it gives no completion time. */
  completedAt: string | null;
  lastActiveOn: string | null;
  learner: LearnerDetails | null;
}

const text = (value: string | number | null | undefined): string | null =>
  value === null || value === undefined || value === '' ? null : String(value);

export const read = (
  item: EnrollmentRecord,
  key: 'progress' | 'enrolled_at' | 'completed_at' | 'last_active_on' | 'person_id',
) => text(item.attributes?.[key] ?? item[key]);

export const personIdOf = (item: EnrollmentRecord): string | undefined => {
  const id = read(item, 'person_id') ?? relatedId(item.relationships?.person);
  return id !== undefined && idSchema.safeParse(id).success ? id : undefined;
};

/** A learner's progress: 0 when Northpass gives none (`progress: null`). */
export const progressOf = (item: EnrollmentRecord): number => {
  const progress = Number(read(item, 'progress') ?? 0);
  return Number.isFinite(progress) ? progress : 0;
};

/** Whether Northpass gave the record a `progress` (null included), at the top level or inside. */
export const carriesProgress = (item: EnrollmentRecord): boolean =>
  Object.hasOwn(item, 'progress') ||
  (!!item.attributes && Object.hasOwn(item.attributes, 'progress'));

/** What a completion poll is of, to name in its error. */
export type CompletionsOf = 'course' | 'learning path';

/** Raised when no enrollment of a page carries `progress`: completions cannot be told. */
export const progressMissing = (of: CompletionsOf): Error =>
  appError(
    `Northpass's ${of} enrollments carry no \`progress\` field, so completions cannot be told. Send this to the app's maintainer; \`npm run verify-school\` checks it.`,
    'progress_missing',
    502,
  );

/** Requests a poll spends on learners' names and emails when Northpass does not embed them. */
export const LEARNER_LOOKUPS_PER_POLL = 2;

/**
 * The most recently active enrollments of a course or learning path (`path`), one per learner,
 * with the learners' names and emails. Northpass behaving as hoped (sorted, people embedded):
 * 1 request. Without `include`: 1 batched lookup (or up to 2 reads) more. Without `sort`: a
 * walk of at most 20 pages. A 400 for either parameter drops it for good.
 */
export const recentEnrollments = async (
  z: ZObject,
  path: string,
  {
    limit,
    keep,
    order = 'recently active',
    completionsOf,
  }: {
    limit: number;
    keep: (progress: number) => boolean;
    /** Which come first: the most recently active, or the most recently enrolled. */
    order?: 'recently active' | 'recently enrolled';
    /** Set for a completion poll: enrollments none of which carry `progress` are an error. */
    completionsOf?: CompletionsOf | undefined;
  },
): Promise<{ enrollments: Enrollment[]; skipped: number }> => {
  const page = await newestRecords(
    z,
    {
      path,
      params: { ...behaviour.includePerson },
      optional: ['include'],
      sort:
        order === 'recently active'
          ? behaviour.recentlyActive.sort
          : behaviour.recentlyEnrolled.sort,
    },
    enrollmentSchema,
    {
      limit,
      dateOf: (item) => read(item, order === 'recently active' ? 'last_active_on' : 'enrolled_at'),
    },
  );
  if (completionsOf && page.items.length > 0 && !page.items.some(carriesProgress)) {
    throw progressMissing(completionsOf);
  }
  // one per learner: a learner enrolled through two groups may be listed twice
  const byPerson = new Map<string, EnrollmentRecord>();
  let unreadable = page.skipped;
  for (const item of page.items) {
    const personId = personIdOf(item);
    if (!personId) unreadable += 1;
    else if (!byPerson.has(personId) && keep(progressOf(item))) byPerson.set(personId, item);
  }
  const embedded = page.included.flatMap((resource): Person[] => {
    const person = personSchema.safeParse(resource);
    return person.success ? [person.data] : [];
  });
  const learners = await learnerDetails(
    z,
    [...byPerson.keys()],
    embedded,
    LEARNER_LOOKUPS_PER_POLL,
  );
  const enrollments = [...byPerson].map(([personId, item]): Enrollment => {
    return {
      personId,
      progress: progressOf(item),
      enrolledAt: read(item, 'enrolled_at'),
      completedAt: read(item, 'completed_at'),
      lastActiveOn: read(item, 'last_active_on'),
      learner: learners.get(personId) ?? null,
    };
  });
  return { enrollments, skipped: unreadable };
};

/** Northpass reports progress as a percentage; 100 is a finished course or path. */
export const COMPLETE = 100;

/**
 * A poll of a course's or learning path's enrollments (`path`), as a trigger's items: newest
 * first, one per learner, at most 100, each held back until its learner's email is known
 * (see `releaseComplete`).
 */
export const pollEnrollments = async <T extends { id: string; learner_email: string | null }>(
  z: ZObject,
  bundle: Bundle,
  {
    path,
    stream,
    keep,
    order,
    completionsOf,
    toItem,
  }: {
    path: string;
    /** What the items are of, for remembering which were sent: `completions:<course id>`. */
    stream: string;
    keep: (progress: number) => boolean;
    order: 'recently active' | 'recently enrolled';
    /** Set for a completion poll: it fails when Northpass's enrollments carry no `progress`. */
    completionsOf?: CompletionsOf;
    toItem: (enrollment: Enrollment) => T;
  },
): Promise<T[]> => {
  const { enrollments, skipped } = await recentEnrollments(z, path, {
    limit: pollLimit(bundle),
    keep,
    order,
    completionsOf,
  });
  const items = enrollments.map(toItem);
  const released = await releaseComplete(
    z,
    bundle,
    stream,
    items,
    (item) => item.learner_email !== null,
  );
  return pollItems(z, released, skipped);
};
