import type { ZObject } from 'zapier-platform-core';
import * as zod from 'zod/mini';

import { behaviour } from '../../client/behaviour.js';
import { PAGE_SIZE } from '../../client/config.js';
import { knownFacts, learn } from '../../client/learned.js';
import { fetchPage } from '../../client/pages.js';
import { recall, remember } from '../../lib/shared.js';
import { findPersonById, PEOPLE, personSchema, type Person } from './api.js';

/** What a trigger needs to say who a learner is. */
const detailsSchema = zod.object({
  email: zod.string(),
  first_name: zod.nullable(zod.string()),
  last_name: zod.nullable(zod.string()),
  full_name: zod.nullable(zod.string()),
});
export type LearnerDetails = zod.infer<typeof detailsSchema>;

export const detailsOf = (person: Person): LearnerDetails => {
  const { email, first_name, last_name, full_name, name } = person.attributes;
  const joined = [first_name, last_name].filter(Boolean).join(' ');
  return {
    email,
    first_name: first_name ?? null,
    last_name: last_name ?? null,
    full_name: full_name ?? name ?? (joined || null),
  };
};

/** Learners already looked up, shared by the polls of a connection: new ones are read once. */
const directorySchema = zod.record(zod.string(), detailsSchema);
const isDirectory = (value: unknown): value is Record<string, LearnerDetails> =>
  directorySchema.safeParse(value).success;
const DIRECTORY_KEY = 'learner-directory';
const DIRECTORY_TTL_SECONDS = 7 * 24 * 60 * 60;
const DIRECTORY_SIZE = 1_000;

/**
 * GET /v2/people?filter[id][in]=… (unverified on people): the people asked for, or undefined when
 * Northpass refuses the filter or ignores it (answering people not asked for). An empty answer
 * teaches nothing by itself (the learners may have been deleted); `learnerDetails` learns the
 * filter unsupported once a single read finds one of them.
 */
const peopleByIds = async (z: ZObject, ids: string[]): Promise<Person[] | undefined> => {
  const page = await fetchPage(
    z,
    { path: PEOPLE, params: { ...behaviour.idsFilter(ids), limit: PAGE_SIZE }, expect: [400] },
    personSchema,
  );
  const wanted = new Set(ids);
  const ignored = page.items.some((person) => !wanted.has(person.id));
  const works = page.status === 400 || ignored ? false : page.items.length > 0 ? true : undefined;
  if (works !== undefined) {
    await learn(z, (facts) => {
      facts.idFilter = works;
    });
  }
  return works === false ? undefined : page.items;
};

/**
 * Names and emails for the given learners, spending at most `requests` requests: first what
 * Northpass embedded (`embedded`) and earlier polls found, then one batched lookup by id (where
 * Northpass supports it), then single reads, newest first. Learners left over have no details.
 */
export const learnerDetails = async (
  z: ZObject,
  personIds: string[],
  embedded: Person[],
  requests: number,
): Promise<Map<string, LearnerDetails>> => {
  const known = new Map<string, LearnerDetails>(
    embedded.map((person) => [person.id, detailsOf(person)]),
  );
  const missing = () => [...new Set(personIds)].filter((id) => !known.has(id));
  if (missing().length === 0) return known;
  const directory = (await recall(z, DIRECTORY_KEY, isDirectory)) ?? {};
  for (const id of missing()) {
    const details = directory[id];
    if (details) known.set(id, details);
  }
  const found: Person[] = [];
  let budget = requests;
  /** The ids a batched lookup answered with nobody at all. */
  let unanswered = new Set<string>();
  if (missing().length > 1 && budget > 0 && (await knownFacts(z)).idFilter !== false) {
    budget -= 1;
    const asked = missing().slice(0, PAGE_SIZE);
    const batch = await peopleByIds(z, asked);
    if (batch?.length === 0) unanswered = new Set(asked);
    found.push(...(batch ?? []));
    for (const person of found) known.set(person.id, detailsOf(person));
  }
  for (const id of missing().slice(0, Math.max(0, budget))) {
    const person = await findPersonById(z, id);
    if (person) {
      found.push(person);
      known.set(id, detailsOf(person));
    }
  }
  // the batch said none of them exists, yet one does: Northpass does not filter by `id` `in`
  if (found.some((person) => unanswered.has(person.id))) {
    await learn(z, (facts) => {
      facts.idFilter = false;
    });
  }
  if (found.length > 0) {
    const updated = Object.entries({
      ...directory,
      ...Object.fromEntries(found.map((person) => [person.id, detailsOf(person)])),
    }).slice(-DIRECTORY_SIZE);
    await remember(z, DIRECTORY_KEY, Object.fromEntries(updated), DIRECTORY_TTL_SECONDS);
  }
  return known;
};
