import type { ZObject } from 'zapier-platform-core';
import * as zod from 'zod/mini';

import { groupCollection, type Group } from '../groups/api.js';
import { firstPage } from '../lookup/name-lists.js';
import { behaviour } from '../../client/behaviour.js';
import { relatedIds } from '../../client/jsonapi.js';
import { knownFacts } from '../../client/learned.js';
import type { Person } from './api.js';
import {
  createdLearnerOutputSchema,
  learnerOutputSchema,
  onboardingOutputSchema,
} from './output.js';

/**
 * Every group a learner is in, for a CRM (HubSpot's Company from New Learner): the ids their
 * record lists, named from the groups the step already holds and one page of the school's groups
 * (read once per run, sorted by name: the first 100). An id beyond that page keeps its ID only.
 * Null when Northpass's record does not say which groups the learner is in.
 */

export const learnerGroupsSchema = {
  learner_group_ids: zod.nullable(zod.array(zod.string())),
  learner_group_names: zod.nullable(zod.array(zod.string())),
};
export type LearnerGroups = {
  learner_group_ids: string[] | null;
  learner_group_names: string[] | null;
};

/** A learner's groups as known without a request: none for a learner nobody has created yet. */
export const NO_GROUPS: LearnerGroups = { learner_group_ids: [], learner_group_names: [] };

/**
 * Each person's groups, by ID and name. `created`: a learner this step created (in no group
 * before it); `added`: groups this step added them to; `known`: groups the step holds (named with
 * no request). At most one request a run, for names only.
 */
export const learnerGroupsOf = async (
  z: ZObject,
  people: { person: Person; created?: boolean; added?: Group[] }[],
  known: Group[] = [],
): Promise<LearnerGroups[]> => {
  // an empty list on a record is believed only once Northpass is known to fill the list in
  const filled = (await knownFacts(z)).recordListsGroups === true;
  const idsOf = people.map(({ person, created = false, added = [] }) => {
    const listed = relatedIds(person.relationships?.[behaviour.groupsRelationship]);
    const before = listed?.length || (listed && filled) || created ? (listed ?? []) : undefined;
    return before && [...new Set([...before, ...added.map((group) => group.id)])];
  });
  const names = new Map(known.map((group) => [group.id, group.attributes.name]));
  const unnamed = idsOf.flatMap((ids) => ids ?? []).filter((id) => !names.has(id));
  if (unnamed.length > 0) {
    for (const group of (await firstPage(z, groupCollection)).items) {
      names.set(group.id, group.attributes.name);
    }
  }
  return idsOf.map((ids) =>
    ids
      ? {
          learner_group_ids: ids,
          learner_group_names: ids.flatMap((id) => names.get(id) ?? []),
        }
      : { learner_group_ids: null, learner_group_names: null },
  );
};

/**
 * Reads now, once per run, the page `learnerGroupsOf` will name the person's groups from, when
 * their record lists a group the step does not hold (`known`); nothing otherwise. A flow starts
 * it beside its writes, so naming the learner's groups costs a request but no round trip.
 */
export const readLearnerGroupNames = async (
  z: ZObject,
  person: Person,
  known: Group[],
): Promise<void> => {
  const listed = relatedIds(person.relationships?.[behaviour.groupsRelationship]) ?? [];
  if (listed.some((id) => !known.some((group) => group.id === id))) {
    await firstPage(z, groupCollection);
  }
};

/** The outputs that carry a learner's groups: New Learner, Find Learner, Create and Onboard Learner. */
export const learnerWithGroupsOutputSchema = zod.extend(learnerOutputSchema, learnerGroupsSchema);
export const createdLearnerWithGroupsOutputSchema = zod.extend(
  createdLearnerOutputSchema,
  learnerGroupsSchema,
);
export const onboardingWithGroupsOutputSchema = zod.extend(
  onboardingOutputSchema,
  learnerGroupsSchema,
);
