/** Groups, their memberships, and the people and courses relationships that change them. */
import type { FastifyPluginCallback, FastifyReply, FastifyRequest } from 'fastify';

import { collectionRoutes } from '../http/collection.ts';
import { badParameter, invalid, noRoute, refused } from '../http/errors.ts';
import {
  findOr404,
  idParams,
  listQuery,
  page,
  relationshipBody,
  resourceBody,
  text,
  view,
  type IdParams,
  type SandboxOptions,
  type WriteBody,
} from '../http/jsonapi.ts';
import { listed, type Query } from '../http/query.ts';
import {
  DRAFT_REFUSAL,
  groupResource,
  membershipResource,
  refusedDraft,
} from '../http/resources.ts';
import { refusalStatus, type Refusal } from '../store/switches.ts';

/** The filter that asks a group's memberships for one person's (its handling is a switch). */
const PERSON_FILTER = 'filter[person_id][eq]';

interface RelationshipRoute {
  Params: IdParams;
  Body: { data: { type: string; id: string }[] };
}

export const groupsPlugin: FastifyPluginCallback<SandboxOptions> = (app, { store }, done) => {
  collectionRoutes(app, store, {
    path: '/v2/groups',
    records: store.groups,
    toResource: groupResource,
    noun: 'Group',
  });

  app.post<{ Body: WriteBody<{ name?: string | null }> }>(
    '/v2/groups',
    { schema: { body: resourceBody('groups', { name: text }) } },
    (request, reply) => {
      const name = request.body.data.attributes?.name?.trim();
      if (!name) throw invalid("Name can't be blank", '/data/attributes/name');
      if (name.length > 255) throw invalid('Name is too long', '/data/attributes/name');
      const { group, existed } = store.createGroup(name);
      const { duplicateGroupName } = store.switches;
      if (existed && duplicateGroupName !== 'return-existing') {
        throw refused(
          refusalStatus(duplicateGroupName),
          'Uh oh, that name has already been added',
          '/data/attributes/name',
        );
      }
      return reply
        .code(existed ? store.switches.existingStatus : 201)
        .send({ data: groupResource(view(store, request, 'single'), group) });
    },
  );

  app.delete<{ Params: IdParams }>(
    '/v2/groups/:id',
    { schema: { params: idParams } },
    (request, reply) => {
      findOr404(store.groups, request.params.id, 'Group');
      store.deleteGroup(request.params.id);
      return reply.code(204).send();
    },
  );

  app.get<{ Params: IdParams; Querystring: Query }>(
    '/v2/groups/:id/memberships',
    { schema: { params: idParams, querystring: listQuery } },
    (request, reply) => {
      const group = findOr404(store.groups, request.params.id, 'Group');
      const { [PERSON_FILTER]: person, ...query } = request.query;
      const handling = store.switches.ignoreFilters
        ? 'ignored'
        : store.switches.membershipPersonFilter;
      if (person !== undefined && handling === 'reject-400') {
        throw badParameter('unsupported filter person_id', PERSON_FILTER);
      }
      const memberships = [...(store.members.get(group.id) ?? [])]
        .filter(
          ([personId]) => person === undefined || handling !== 'honoured' || personId === person,
        )
        .map(([personId, joinedAt]) => membershipResource(group.id, personId, joinedAt));
      return page(store, request, reply, listed(memberships, query, store.switches), {
        emptyIs404: store.switches.emptyCollection404,
        maxLimit: store.switches.membershipPageLimit,
      });
    },
  );

  /**
   * A relationship write: 204, 422 for an unknown id, or (if the switch says so) a refusal of a
   * write that changes nothing, in the words `unchanged` gives.
   */
  const relationship =
    (
      kind: 'people' | 'courses',
      write: (groupId: string, ids: string[]) => number,
      position: () => 'silent' | 'reject-404' | Refusal,
      unchanged: string,
    ) =>
    (request: FastifyRequest<RelationshipRoute>, reply: FastifyReply) => {
      const group = findOr404(store.groups, request.params.id, 'Group');
      const ids = request.body.data.map((item) => item.id);
      const records: Map<string, unknown> = kind === 'people' ? store.people : store.courses;
      const batch =
        kind === 'people' && request.method === 'POST' && store.switches.batchMembership;
      if (batch === 'single' && ids.length > 1) {
        throw invalid('Only one person can be added at a time', '/data');
      }
      const unknown = ids.findIndex((id) => !records.has(id));
      if (unknown >= 0) {
        // `partial`: the known ones are added before the refusal
        if (batch === 'partial')
          write(
            group.id,
            ids.filter((id) => records.has(id)),
          );
        throw invalid(
          `${kind === 'people' ? 'Person' : 'Course'} not found`,
          `/data/${unknown}/id`,
        );
      }
      const draft = kind === 'courses' ? refusedDraft(store, ids) : -1;
      if (draft >= 0) throw invalid(DRAFT_REFUSAL, `/data/${draft}/id`);
      const changed = write(group.id, ids);
      const refusal = position();
      if (changed < ids.length && refusal !== 'silent') {
        throw refused(refusalStatus(refusal), unchanged, '/data');
      }
      return reply.code(204).send();
    };
  const people = { schema: { params: idParams, body: relationshipBody('people') } };

  app.post<RelationshipRoute>(
    '/v2/groups/:id/relationships/people',
    people,
    relationship(
      'people',
      (groupId, ids) => store.addMembers(groupId, ids),
      () => store.switches.duplicateMembership,
      'Person is already a member',
    ),
  );
  app.delete<RelationshipRoute>(
    '/v2/groups/:id/relationships/people',
    people,
    relationship(
      'people',
      (groupId, ids) => store.removeMembers(groupId, ids),
      () => store.switches.nonMemberRemoval,
      'Person is not a member of this group',
    ),
  );
  app.post<RelationshipRoute>(
    '/v2/groups/:id/relationships/courses',
    {
      schema: { params: idParams, body: relationshipBody('courses') },
      // where the switch says Northpass has no such route, its 404 "no route"
      onRequest: async (request, reply) =>
        store.switches.courseAssignmentRoute === 'group'
          ? undefined
          : reply.code(404).send(noRoute(request.method, request.url)),
    },
    relationship(
      'courses',
      (groupId, ids) => store.assignCourses(groupId, ids),
      () => store.switches.duplicateCourseAssignment,
      'Course has already been added',
    ),
  );
  done();
};
