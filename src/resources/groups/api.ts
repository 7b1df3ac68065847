import type { ZObject } from 'zapier-platform-core';
import * as zod from 'zod/mini';

import { behaviour } from '../../client/behaviour.js';
import { PAGE_SIZE } from '../../client/config.js';
import {
  idSegment,
  linkHref,
  optionalString,
  relatedIds,
  resourceSchema,
  singleDocumentSchema,
} from '../../client/jsonapi.js';
import { findDocument } from '../../client/request.js';
import { fetchPage, type Page } from '../../client/pages.js';
import { withLock } from '../../lib/shared.js';
import { recordsNamed } from '../lookup/name-search.js';
import { nameKey, uniqueById, type NamedCollection } from '../lookup/names.js';
import { findOrCreate, type CreateOutcome } from '../outcome.js';
import { findNamed } from '../lookup/references.js';
import { newestRecords, type Newest } from '../newest.js';

/** GET /v2/groups, newest first whether or not Northpass sorts it (see `newestRecords`). */
export const newestGroups = (z: ZObject, limit: number): Promise<Newest<Group>> =>
  newestRecords(z, { path: GROUPS, ...behaviour.newestFirst }, groupSchema, {
    limit,
    dateOf: (group) => group.attributes.created_at,
  });

/** confirmed */
const GROUPS = '/v2/groups';
export const groupPath = (groupId: string) => `${GROUPS}/${idSegment(groupId)}`;

export const groupSchema = resourceSchema(
  zod.looseObject({
    name: zod.string(),
    created_at: optionalString,
    updated_at: optionalString,
    group_enrollment_link: zod.optional(zod.unknown()),
  }),
);
export type Group = zod.infer<typeof groupSchema>;

const groupDocumentSchema = singleDocumentSchema(groupSchema);

/** The groups' names, in order. */
export const names = (groups: Group[]): string[] => groups.map((group) => group.attributes.name);

export const groupEnrollmentLink = (group: Group): string | null =>
  linkHref(group.attributes.group_enrollment_link);

/** The group's member count, under whichever name Northpass gives it (the names vary). */
export const memberCount = (group: Group): number | null => {
  const { attributes } = group;
  for (const key of ['membership_count', 'memberships_count', 'user_count', 'members_count']) {
    const value = attributes[key];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
  }
  return null;
};

/** GET /v2/groups/{id}; null when there is no such group. */
export const findGroupById = async (z: ZObject, groupId: string): Promise<Group | null> =>
  (await findDocument(z, groupPath(groupId), groupDocumentSchema))?.data ?? null;

/** GET /v2/groups, one page for a dropdown, by name. */
export const listGroups = (
  z: ZObject,
  { page, limit = PAGE_SIZE }: { page?: number; limit?: number },
): Promise<Page<Group>> =>
  fetchPage(
    z,
    {
      path: GROUPS,
      params: { limit, ...behaviour.byName, ...(page && page > 1 ? { page } : {}) },
      optional: ['sort'],
    },
    groupSchema,
  );

export const groupCollection: NamedCollection<Group> = {
  noun: 'group',
  plural: 'groups',
  path: GROUPS,
  schema: groupSchema,
  findById: findGroupById,
};

/**
 * The ids of the group's courses, or undefined when Northpass did not list them. An empty list
 * says nothing either: some answers always carry one (see `behaviour.groupsRelationship`).
 */
export const courseIdsOf = (group: Group): string[] | undefined => {
  const ids = relatedIds(group.relationships?.[behaviour.coursesRelationship]);
  return ids?.length ? ids : undefined;
};

export interface GroupOutcome {
  group: Group;
  outcome: CreateOutcome;
  /** A group with the same name that this run created while another run created `group`. */
  twin?: Group;
}

/** Parallel runs wait this long for one that is creating the same group. */
const GROUP_LOCK = { ttlSeconds: 30, waitMs: 5_000 };

const createdAt = (group: Group): number =>
  Date.parse(group.attributes.created_at ?? '') || Number.POSITIVE_INFINITY;

/** The group every run settles on: the oldest (then the smallest ID). */
const oldestOf = (groups: Group[]): Group | undefined =>
  [...groups].sort((a, b) => createdAt(a) - createdAt(b) || a.id.localeCompare(b.id))[0];

/**
 * Creates the group `name`, which a lookup has just not found. Runs creating the same name take
 * turns (a lock shared through the cache), and after the create every group with that name is
 * read again: should two runs have raced anyway, both settle on the oldest one.
 */
export const createGroup = (z: ZObject, name: string, label: string): Promise<GroupOutcome> =>
  withLock(z, `group:${nameKey(name)}`, GROUP_LOCK, async (waited) => {
    // a run that waited for the lock looks again, afresh: the other run may have created it
    const meanwhile = waited
      ? await findNamed(z, groupCollection, name, label, { fresh: true })
      : null;
    if (meanwhile) return { group: meanwhile, outcome: 'existing' };
    const { record, outcome } = await findOrCreate(z, {
      path: GROUPS,
      body: { data: { type: 'groups', attributes: { name } } },
      schema: groupDocumentSchema,
      findExisting: () => findNamed(z, groupCollection, name, label, { fresh: true }),
    });
    const named = await recordsNamed(z, groupCollection, name, { all: true, fresh: true });
    const oldest = oldestOf(uniqueById([record, ...named])) ?? record;
    return oldest.id === record.id
      ? { group: record, outcome }
      : { group: oldest, outcome: 'existing', twin: record };
  });

/**
 * Finds the group named `name` (the one name rule: spaces and letter case ignored), or creates
 * it. Northpass behaving as hoped: 1 request for an existing group, 3 for a new one (look up,
 * create, read back).
 */
export const findOrCreateGroup = async (
  z: ZObject,
  name: string,
  label: string,
): Promise<GroupOutcome> => {
  const existing = await findNamed(z, groupCollection, name, label);
  return existing ? { group: existing, outcome: 'existing' } : createGroup(z, name, label);
};
