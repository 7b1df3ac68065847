import type { ZObject } from 'zapier-platform-core';
import { z as zod } from 'zod';

import { recall, remember } from '../lib/shared.js';
import { baseUrl } from './config.js';

/**
 * What the app has found out about how Northpass answers the questions its documentation leaves
 * open (see `behaviour.ts`). Facts only choose which request to try first: every answer is still
 * checked, so a stale fact costs a request, never a wrong result. Learned once, they are kept for
 * the run and shared with later runs on the same connection through `z.cache`.
 */
const factsSchema = zod.object({
  /** The verb that updated a person: PUT (documented) or PATCH. */
  personUpdateVerb: zod.enum(['PUT', 'PATCH']).optional(),
  /** Query parameters a path template refused with 400, so they are no longer sent there. */
  refusedParams: zod.record(zod.string(), zod.array(zod.string())).optional(),
  /** Per collection, the name search that finds every letter-case variant. */
  nameSearch: zod.record(zod.string(), zod.enum(['cont', 'i_cont', 'walk'])).optional(),
  /** Whether `filter[id][in]` selects people by id. */
  idFilter: zod.boolean().optional(),
  /** Per path template, whether `sort` changes the order (asked when a page cannot tell). */
  sortHonoured: zod.record(zod.string(), zod.boolean()).optional(),
  /** Whether a single read of a person has been seen to list their groups (a non-empty list). */
  recordListsGroups: zod.boolean().optional(),
  /** Whether `filter[email][eq]` selects people by email. */
  emailFilter: zod.boolean().optional(),
  /** Per collection, whether it fitted in one page when last read (a hint, re-checked). */
  onePage: zod.record(zod.string(), zod.boolean()).optional(),
});
export type Facts = zod.infer<typeof factsSchema>;

/** Facts are re-learned at least this often, in case Northpass changes. */
const FACTS_TTL_SECONDS = 7 * 24 * 60 * 60;

const isFacts = (value: unknown): value is Facts => factsSchema.safeParse(value).success;

const factsKey = () => `facts:${baseUrl()}`;

const perRun = new WeakMap<ZObject, Promise<Facts>>();

/** The facts known to this run: read from the shared cache once per run. */
export const knownFacts = (z: ZObject): Promise<Facts> => {
  let facts = perRun.get(z);
  if (!facts) {
    facts = recall(z, factsKey(), isFacts).then((shared) => shared ?? {});
    perRun.set(z, facts);
  }
  return facts;
};

/** Records what a response showed, for this run and later ones. */
export const learn = async (z: ZObject, update: (facts: Facts) => void): Promise<void> => {
  const facts = await knownFacts(z);
  const before = JSON.stringify(facts);
  update(facts);
  if (JSON.stringify(facts) !== before) {
    await remember(z, factsKey(), facts, FACTS_TTL_SECONDS);
  }
};

/** The path with its ids replaced, so facts about one course's enrollments hold for all. */
export const pathTemplate = (path: string): string =>
  path.replace(/\/v2\/([\w-]+)\/[^/?]+/g, '/v2/$1/{id}');
