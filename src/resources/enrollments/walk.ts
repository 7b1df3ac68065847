import type { ZObject } from 'zapier-platform-core';
import * as zod from 'zod/mini';

import { behaviour } from '../../client/behaviour.js';
import { PAGE_SIZE } from '../../client/config.js';
import { fetchPage } from '../../client/pages.js';
import { appError } from '../../lib/errors.js';
import { listCourses } from '../courses/api.js';
import { inNewestOrder, NEWEST_WALK_PAGES } from '../newest.js';
import { personSchema, type Person } from '../people/api.js';
import {
  carriesProgress,
  courseEnrollmentsPath,
  enrollmentSchema,
  personIdOf,
  progressMissing,
  progressOf,
  read,
  type EnrollmentRecord,
} from './api.js';

/**
 * A rotating walk over enrollments, a slice a poll: the pages of one course, or of every course
 * of the school (there is no school-wide list). Where it stands is kept between polls.
 */

/** One page of one course's enrollments: one request. */
const unitSchema = zod.object({
  courseId: zod.string(),
  courseName: zod.string(),
  page: zod.number(),
});
type Unit = zod.infer<typeof unitSchema>;

export const walkSchema = zod.object({
  /** The page of the course list to read next (a walk of the whole school). */
  coursePage: zod.number(),
  /** Pages still to read in this pass, in order. */
  queue: zod.array(unitSchema),
  /** The day (UTC, YYYY-MM-DD) this pass began. */
  passStart: zod.string(),
  /** The day the previous pass began: every course was read since, so events from it are new. */
  threshold: zod.string(),
});
export type Walk = zod.infer<typeof walkSchema>;

/** A walk that has not begun: its first pass counts events from `since`. */
export const newWalk = (since: string): Walk => ({
  coursePage: 1,
  queue: [],
  passStart: since,
  threshold: since,
});

/** An enrollment the walk found, as it is kept between polls (plain data). */
export const foundSchema = zod.object({
  courseId: zod.string(),
  courseName: zod.string(),
  personId: zod.string(),
  progress: zod.number(),
  enrolledAt: zod.nullable(zod.string()),
  completedAt: zod.nullable(zod.string()),
  lastActiveOn: zod.nullable(zod.string()),
  /** Events on or after this day are new to the Zap: the walk's threshold when it was read. */
  newFrom: zod.string(),
});
export type Found = zod.infer<typeof foundSchema>;

export interface WalkOrder {
  /** Asked of Northpass (optional: a 400 drops it); none for a walk of every page. */
  sort?: string;
  /** The date the sort is by: a sorted page older than the threshold ends a course's walk. */
  date: 'last_active_on' | 'enrolled_at';
  /** Read every page of every course (a walk of state, not of recent events). */
  everyPage: boolean;
  /** What needs `progress`, when something does: enrollments none of which carry it are an error. */
  needsProgress?: 'completions' | 'stalled learners';
}

/** The UTC day of a date Northpass gives (a date or a timestamp); null when it is none. */
export const dayOf = (value: string | null | undefined): string | null => {
  const time = Date.parse(value ?? '');
  return Number.isFinite(time) ? new Date(time).toISOString().slice(0, 10) : null;
};

/** Today, UTC. */
export const today = (): string => new Date().toISOString().slice(0, 10);

const readUnit = (z: ZObject, unit: Unit, order: WalkOrder) =>
  fetchPage(
    z,
    {
      path: courseEnrollmentsPath(unit.courseId),
      params: {
        ...behaviour.includePerson,
        limit: PAGE_SIZE,
        ...(order.sort ? { sort: order.sort } : {}),
        ...(unit.page > 1 ? { page: unit.page } : {}),
      },
      optional: ['include', 'sort'],
    },
    enrollmentSchema,
  );

/** Whether the walk reads the course's next page after this one. */
const readOn = (order: WalkOrder, items: EnrollmentRecord[], threshold: string): boolean => {
  if (order.everyPage) return true;
  const dates = items.map((item) => Date.parse(read(item, order.date) ?? '') || undefined);
  if (inNewestOrder(dates) !== true) return true;
  const oldest = dayOf(read(items[items.length - 1] ?? { id: '' }, order.date));
  return oldest === null || oldest >= threshold;
};

const toFound = (unit: Unit, item: EnrollmentRecord, personId: string, newFrom: string): Found => ({
  courseId: unit.courseId,
  courseName: unit.courseName,
  personId,
  progress: progressOf(item),
  enrolledAt: read(item, 'enrolled_at'),
  completedAt: read(item, 'completed_at'),
  lastActiveOn: read(item, 'last_active_on'),
  newFrom,
});

export interface Slice {
  found: Found[];
  /** People Northpass embedded (`include=person`). */
  people: Person[];
  skipped: number;
  /** Requests sent. */
  spent: number;
  walk: Walk;
}

/**
 * Reads the next pages of the walk, at most `budget` requests: for a whole school, a page of
 * the course list (by name, 100 a page) whenever the pages read so far are used up, then each
 * course's enrollments (100 a page, in parallel). A sorted course is read until its page is older
 * than the threshold; an unsorted one, or `everyPage`, to its end (at most 20 pages). A pass is
 * begun at most once a poll.
 */
export const walkSlice = async (
  z: ZObject,
  start: Walk,
  {
    course,
    order,
    budget,
  }: { course?: { id: string; name: string }; order: WalkOrder; budget: number },
): Promise<Slice> => {
  const walk: Walk = { ...start, queue: [...start.queue] };
  const slice: Slice = { found: [], people: [], skipped: 0, spent: 0, walk };
  let passes = 0;
  const beginPass = () => {
    passes += 1;
    walk.threshold = walk.passStart;
    walk.passStart = today();
  };
  while (slice.spent < budget) {
    if (walk.queue.length === 0) {
      if (course) {
        if (passes > 0) break;
        beginPass();
        walk.queue = [{ courseId: course.id, courseName: course.name, page: 1 }];
      } else {
        if (walk.coursePage === 1 && passes > 0) break;
        const page = walk.coursePage;
        const listed = await listCourses(z, { page, limit: PAGE_SIZE });
        slice.spent += 1;
        if (page === 1) beginPass();
        walk.coursePage = listed.hasNext ? page + 1 : 1;
        walk.queue = listed.items.map((item) => ({
          courseId: item.id,
          courseName: item.attributes.name,
          page: 1,
        }));
        continue;
      }
    }
    const batch = walk.queue.splice(0, budget - slice.spent);
    slice.spent += batch.length;
    const pages = await Promise.all(batch.map((unit) => readUnit(z, unit, order)));
    const next: Unit[] = [];
    batch.forEach((unit, index) => {
      const page = pages[index];
      if (!page) return;
      if (order.needsProgress && page.items.length > 0 && !page.items.some(carriesProgress)) {
        throw order.needsProgress === 'completions'
          ? progressMissing('course')
          : appError(
              "Northpass's course enrollments carry no `progress` field, so stalled learners cannot be told. Send this to the app's maintainer; `npm run verify-school` checks it.",
              'progress_missing',
              502,
            );
      }
      slice.skipped += page.skipped;
      slice.people.push(
        ...page.included.flatMap((resource): Person[] => {
          const person = personSchema.safeParse(resource);
          return person.success ? [person.data] : [];
        }),
      );
      for (const item of page.items) {
        const personId = personIdOf(item);
        if (personId) slice.found.push(toFound(unit, item, personId, walk.threshold));
        else slice.skipped += 1;
      }
      if (
        page.hasNext &&
        unit.page < NEWEST_WALK_PAGES &&
        readOn(order, page.items, walk.threshold)
      ) {
        next.push({ ...unit, page: unit.page + 1 });
      }
    });
    walk.queue.unshift(...next);
  }
  return slice;
};
