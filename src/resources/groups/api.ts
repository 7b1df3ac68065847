import type { ZObject } from 'zapier-platform-core';
import { z as zod } from 'zod';

import { behaviour, endpoints } from '../../client/endpoints.js';
import {
  linkHref,
  optionalString,
  relatedIds,
  resourceSchema,
  singleDocumentSchema,
} from '../../client/jsonapi.js';
import {
  collectPages,
  fetchPage,
  northpassRequest,
  findDocument,
  type Page,
} from '../../client/request.js';
import { PAGE_SIZE } from '../../client/config.js';
import { quote } from '../../lib/inputs.js';
import { matchByName, type NamedKind } from '../references.js';
import { findOrCreate, type CreateOutcome } from '../outcome.js';

export const groupSchema = resourceSchema(
  zod.looseObject({
    name: zod.string(),
    created_at: optionalString,
    updated_at: optionalString,
    group_enrollment_link: zod.unknown().optional(),
  }),
);
export type Group = zod.infer<typeof groupSchema>;

const groupDocumentSchema = singleDocumentSchema(groupSchema);

export const groupEnrollmentLink = (group: Group): string | null =>
  linkHref(group.attributes.group_enrollment_link);

/** GET /v2/groups/{id}; null when there is no such group. */
export const findGroupById = async (z: ZObject, groupId: string): Promise<Group | null> =>
  (await findDocument(z, endpoints.group(groupId), groupDocumentSchema))?.data ?? null;

/** GET /v2/groups?filter[name][cont]=…: groups whose name contains `name`, any case. */
export const searchGroupsByName = async (
  z: ZObject,
  name: string,
  enough: (groups: Group[]) => boolean,
): Promise<Group[]> =>
  (
    await collectPages(
      z,
      { path: endpoints.groups, params: { ...behaviour.nameFilter(name), sort: 'name' } },
      groupSchema,
      { enough },
    )
  ).items;

/** GET /v2/groups, one page for a dropdown or a poll. */
export const listGroups = (
  z: ZObject,
  { page, limit = PAGE_SIZE, sort }: { page?: number; limit?: number; sort: string },
): Promise<Page<Group>> =>
  fetchPage(
    z,
    { path: endpoints.groups, params: { limit, sort, ...(page && page > 1 ? { page } : {}) } },
    groupSchema,
  );

/**
 * Finds or creates the group named `name` with POST /v2/groups, which returns the existing group
 * for a taken name. Should Northpass answer a taken name with 409/422 instead, the group is looked
 * up by name; if none matches, Northpass's own refusal is raised.
 */
export const findOrCreateGroup = async (
  z: ZObject,
  name: string,
): Promise<{ group: Group; outcome: CreateOutcome }> => {
  const { record, outcome } = await findOrCreate(z, {
    path: endpoints.groups,
    body: { data: { type: 'groups', attributes: { name } } },
    schema: groupDocumentSchema,
    findExisting: async () =>
      matchByName(
        await searchGroupsByName(z, name, (groups) => matchByName(groups, name).length > 0),
        name,
      )[0],
  });
  return { group: record, outcome };
};

const relationshipBody = (type: 'courses' | 'people', ids: string[]) => ({
  data: ids.map((id) => ({ type, id })),
});

/** Whether a relationship write changed anything, as far as Northpass's status tells. */
export type WriteResult = 'changed' | 'unchanged';

/**
 * Writes a group relationship (add or remove). Statuses in `unchanged` mean "already so": a
 * duplicate add, a removal of a non-member. Safe to retry: the same write twice has one effect.
 */
const writeRelationship = async (
  z: ZObject,
  method: 'POST' | 'DELETE',
  path: string,
  body: ReturnType<typeof relationshipBody>,
  unchanged: readonly number[],
  group: Group,
): Promise<WriteResult> => {
  const response = await northpassRequest(z, {
    method,
    path,
    body,
    retry: true,
    expect: [...unchanged],
    notFound: `Northpass could not find the group ${quote(group.attributes.name)} or one of the records added to it.`,
  });
  return unchanged.includes(response.status) ? 'unchanged' : 'changed';
};

/** POST /v2/groups/{id}/relationships/courses (unverified path); already assigned is a success. */
export const addCoursesToGroup = (z: ZObject, group: Group, courseIds: string[]) =>
  writeRelationship(
    z,
    'POST',
    endpoints.groupCourses(group.id),
    relationshipBody('courses', courseIds),
    behaviour.duplicateStatuses,
    group,
  );

/** POST /v2/groups/{id}/relationships/people; already a member is a success. */
export const addPeopleToGroup = (z: ZObject, group: Group, personIds: string[]) =>
  writeRelationship(
    z,
    'POST',
    endpoints.groupPeople(group.id),
    relationshipBody('people', personIds),
    behaviour.duplicateStatuses,
    group,
  );

/** DELETE /v2/groups/{id}/relationships/people; not a member (404/409/422) is a success. */
export const removePeopleFromGroup = (z: ZObject, group: Group, personIds: string[]) =>
  writeRelationship(
    z,
    'DELETE',
    endpoints.groupPeople(group.id),
    relationshipBody('people', personIds),
    behaviour.notMemberStatuses,
    group,
  );

export const groupKind: NamedKind<Group> = {
  noun: 'group',
  plural: 'groups',
  findById: findGroupById,
  searchByName: searchGroupsByName,
};

/** The ids of the group's courses, or undefined when Northpass did not list them. */
export const courseIdsOf = (group: Group): string[] | undefined =>
  relatedIds(group.relationships?.[behaviour.coursesRelationship]);
