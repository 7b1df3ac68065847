import type { Bundle, ZObject } from 'zapier-platform-core';
import * as zod from 'zod/mini';

import { metaOf, zapIdOf } from '../../lib/meta.js';
import { recall, remember } from '../../lib/shared.js';
import { learnerDetails, type LearnerDetails } from '../people/directory.js';
import { POLL_LIMIT, pollItems, SAMPLE_LIMIT } from '../polling.js';
import { LEARNER_LOOKUPS_PER_POLL } from './api.js';
import {
  foundSchema,
  newWalk,
  today,
  walkSchema,
  walkSlice,
  type Found,
  type WalkOrder,
} from './walk.js';

/**
 * A trigger that watches enrollments in a rotating walk (a whole school, or every page of one
 * course), with what it needs between polls kept per Zap: the day the Zap was turned on (older
 * events never fire), where the walk stands, events whose learner's email is still unknown
 * (carried to the next poll, never sent without it) and the ids it sent lately.
 */

/** Requests a poll of a walk sends at most. */
export const WATCH_BUDGET = 25;
/** Of which the walk: 200 courses (2 pages of the list, 200 courses) in 10 polls. */
export const WALK_READS = 21;
/** Pages a sample load reads: the editor should answer fast. */
const SAMPLE_READS = 6;
const CARRIED = 100;
const CARRIED_DAYS = 7;
const EMITTED = 500;
const STATE_TTL_SECONDS = 30 * 24 * 60 * 60;

const stateSchema = zod.object({
  since: zod.string(),
  walk: walkSchema,
  carried: zod.array(foundSchema),
  emitted: zod.array(zod.string()),
});
type WatchState = zod.infer<typeof stateSchema>;
const isState = (value: unknown): value is WatchState => stateSchema.safeParse(value).success;

/** What an enrollment is to the trigger: an event (its id and UTC day), or nothing. */
export interface EnrollmentEvent {
  id: string;
  day: string;
}

export interface Watch<T> {
  /** What the Zap watches, part of its state's key: `completions:any`. */
  stream: string;
  course?: { id: string; name: string };
  order: WalkOrder;
  event: (found: Found) => EnrollmentEvent | undefined;
  toItem: (found: Found, event: EnrollmentEvent, learner: LearnerDetails | null) => T;
}

const daysBefore = (day: string, days: number): string =>
  new Date(Date.parse(day) - days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

const newestFirst = <T>(entries: { item: T; event: EnrollmentEvent }[]): T[] =>
  [...entries]
    .sort((a, b) => (a.event.day < b.event.day ? 1 : a.event.day > b.event.day ? -1 : 0))
    .map(({ item }) => item);

/** A sample for the Zap editor: the first pages of the walk, any date, nothing remembered. */
const sampleOf = async <T>(z: ZObject, watch: Watch<T>): Promise<T[]> => {
  const slice = await walkSlice(z, newWalk(''), { ...watch, budget: SAMPLE_READS });
  const events = slice.found.flatMap((found) => {
    const event = watch.event(found);
    return event ? [{ found, event }] : [];
  });
  const learners = await learnerDetails(
    z,
    events.map(({ found }) => found.personId),
    slice.people,
    LEARNER_LOOKUPS_PER_POLL,
  );
  const items = events.map(({ found, event }) => ({
    item: watch.toItem(found, event, learners.get(found.personId) ?? null),
    event,
  }));
  return newestFirst(items).slice(0, SAMPLE_LIMIT);
};

/**
 * A poll: the next slice of the walk (at most 21 requests), the learners of new events (at most
 * 2 more), the items newest first. `spent` is the most the poll may have sent, so a caller can
 * keep within 25.
 */
export const watchEnrollments = async <T extends { id: string }>(
  z: ZObject,
  bundle: Bundle,
  watch: Watch<T>,
): Promise<{ items: T[]; spent: number }> => {
  const meta = metaOf(bundle);
  if (meta.isLoadingSample) {
    const items = await sampleOf(z, watch);
    return { items, spent: SAMPLE_READS + LEARNER_LOOKUPS_PER_POLL };
  }
  const key = `watch:${watch.stream}:${zapIdOf(bundle) ?? 'outside a zap'}`;
  const kept = meta.isPopulatingDedupe ? null : await recall(z, key, isState);
  const day = today();
  const state: WatchState = kept ?? { since: day, walk: newWalk(day), carried: [], emitted: [] };
  const slice = await walkSlice(z, state.walk, { ...watch, budget: WALK_READS });
  const emitted = new Set(state.emitted);
  const pending = new Map<string, { found: Found; event: EnrollmentEvent }>();
  const recent = daysBefore(day, CARRIED_DAYS);
  for (const found of [...state.carried, ...slice.found]) {
    const event = watch.event(found);
    if (!event || emitted.has(event.id) || event.day < state.since) continue;
    const carried = state.carried.includes(found);
    if (carried ? found.newFrom >= recent : event.day >= found.newFrom) {
      pending.set(event.id, { found, event });
    }
  }
  const embedded = new Set(slice.people.map((person) => person.id));
  const entries = [...pending.values()];
  const learners = await learnerDetails(
    z,
    entries.map(({ found }) => found.personId),
    slice.people,
    LEARNER_LOOKUPS_PER_POLL,
  );
  const complete = newestFirst(
    entries
      .filter(({ found }) => learners.has(found.personId))
      .map((entry) => ({ item: entry, event: entry.event })),
  );
  // Zapier takes 100 items a poll: the rest wait for the next one
  const ready = complete.slice(0, POLL_LIMIT);
  const held = entries.filter(({ found }) => !learners.has(found.personId));
  if (held.length > 0) {
    z.console.log(
      `Held back ${held.length} item${held.length === 1 ? '' : 's'} until a later poll can complete ${held.length === 1 ? 'it' : 'them'}.`,
    );
  }
  const next: WatchState = {
    since: state.since,
    walk: slice.walk,
    carried: [...complete.slice(POLL_LIMIT), ...held].slice(0, CARRIED).map(({ found }) => found),
    emitted: [...ready.map(({ event }) => event.id), ...state.emitted].slice(0, EMITTED),
  };
  await remember(z, key, next, STATE_TTL_SECONDS);
  const items = ready.map(({ found, event }) => ({
    item: watch.toItem(found, event, learners.get(found.personId) ?? null),
    event,
  }));
  const lookups = entries.some(({ found }) => !embedded.has(found.personId))
    ? LEARNER_LOOKUPS_PER_POLL
    : 0;
  return { items: pollItems(z, newestFirst(items), slice.skipped), spent: slice.spent + lookups };
};
