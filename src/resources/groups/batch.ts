import type { ZObject } from 'zapier-platform-core';

import { behaviour } from '../../client/behaviour.js';
import { idSegment } from '../../client/jsonapi.js';
import { knownFacts, learn } from '../../client/learned.js';
import { northpassRequest } from '../../client/request.js';
import { quote } from '../../lib/inputs.js';
import type { Person } from '../people/api.js';
import { groupPath, type Group } from './api.js';
import { membersAmong } from './memberships.js';
import { addPersonToGroup } from './relationships.js';

/** People a batched membership write carries at most (production code sends 10–50). */
export const MEMBERSHIP_BATCH = 50;

/** Whether this connection adds people to a group one at a time (batches never worked). */
export const addsOneAtATime = async (z: ZObject): Promise<boolean> =>
  (await knownFacts(z)).membershipBatch === 'single';

/** Each person's result: in the group now (`undefined`), or the error that kept them out. */
export type Joined = Map<string, Error | undefined>;

const asError = (reason: unknown): Error =>
  reason instanceof Error ? reason : new Error(String(reason));

/** Each person added alone (idempotent: "already a member" is confirmed by a read). */
const oneByOne = async (z: ZObject, group: Group, people: Person[]): Promise<Joined> => {
  const settled = await Promise.allSettled(
    people.map((person) => addPersonToGroup(z, group, person.id)),
  );
  return new Map(
    people.map((person, index) => {
      const result = settled[index];
      return [person.id, result?.status === 'rejected' ? asError(result.reason) : undefined];
    }),
  );
};

/** A refused batch of more people than this is sent again in halves, before one at a time. */
const SPLIT_ABOVE = 10;

/**
 * A refused batch: the group's memberships say who is in anyway (unless batches are known to be
 * refused whole); the others are sent again in halves while more than 10 (a bad person is found
 * in a few requests, not one a person), then one at a time; what the refusal meant is learned.
 */
const afterRefusal = async (z: ZObject, group: Group, people: Person[]): Promise<Joined> => {
  const known = (await knownFacts(z)).membershipBatch;
  if (known === 'single') return oneByOne(z, group, people);
  const inNow = known === 'whole' ? [] : (await membersAmong(z, group.id, people)).members;
  const rest = people.filter((person) => !inNow.includes(person));
  const half = Math.ceil(rest.length / 2);
  const joined: Joined =
    rest.length > SPLIT_ABOVE
      ? new Map(
          (
            await Promise.all([
              sendBatch(z, group, rest.slice(0, half)),
              sendBatch(z, group, rest.slice(half)),
            ])
          ).flatMap((part) => [...part]),
        )
      : await oneByOne(z, group, rest);
  for (const person of inNow) joined.set(person.id, undefined);
  const failed = [...joined.values()].some((error) => error !== undefined);
  const answer =
    inNow.length > 0
      ? 'partial'
      : rest.length > SPLIT_ABOVE
        ? undefined
        : failed
          ? 'whole'
          : 'single';
  if (answer) {
    await learn(z, (facts) => {
      facts.membershipBatch = answer;
    });
  }
  return joined;
};

/** One batch: a 2xx confirms every person is in now; a refusal is taken apart. */
const sendBatch = async (z: ZObject, group: Group, batch: Person[]): Promise<Joined> => {
  if (batch.length <= 1 || (await addsOneAtATime(z))) return oneByOne(z, group, batch);
  const response = await northpassRequest(z, {
    method: 'POST',
    path: `${groupPath(group.id)}/relationships/people`,
    body: { data: batch.map((person) => ({ type: 'people', id: idSegment(person.id) })) },
    retry: true,
    expect: [400, ...behaviour.duplicateStatuses],
    notFound: `Northpass could not find the group ${quote(group.attributes.name)} or one of the learners added to it.`,
  });
  return response.status < 300
    ? new Map(batch.map((person) => [person.id, undefined]))
    : afterRefusal(z, group, batch);
};

/**
 * POST /v2/groups/{id}/relationships/people with up to 50 people at a time (likely path and body;
 * whether one person Northpass refuses fails the batch: `src/questions/batch-membership.ts`).
 * `people` must be known not to be in the group, so that a 2xx confirms each one is now. A refused
 * batch is taken apart (halves, then one person at a time), where each person fails alone with
 * Northpass's reason; where batches never work (learned), people go one at a time from the start.
 */
export const addPeopleToGroup = async (
  z: ZObject,
  group: Group,
  people: Person[],
): Promise<Joined> => {
  const joined: Joined = new Map();
  for (let start = 0; start < people.length; start += MEMBERSHIP_BATCH) {
    const result = await sendBatch(z, group, people.slice(start, start + MEMBERSHIP_BATCH));
    for (const [id, error] of result) joined.set(id, error);
  }
  return joined;
};
