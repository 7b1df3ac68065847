/** Courses: list and read, and the inverse route that assigns a course to groups. */
import type { FastifyPluginCallback, FastifyReply, FastifyRequest } from 'fastify';

import { collectionRoutes } from '../http/collection.ts';
import { invalid, noRoute, refused } from '../http/errors.ts';
import {
  findOr404,
  idParams,
  relationshipBody,
  type IdParams,
  type SandboxOptions,
} from '../http/jsonapi.ts';
import { courseResource, DRAFT_REFUSAL, refusedDraft } from '../http/resources.ts';
import { refusalStatus } from '../store/switches.ts';

interface GroupsRoute {
  Params: IdParams;
  Body: { data: { type: string; id: string }[] };
}

export const coursesPlugin: FastifyPluginCallback<SandboxOptions> = (app, { store }, done) => {
  collectionRoutes(app, store, {
    path: '/v2/courses',
    records: store.courses,
    toResource: courseResource,
    noun: 'Course',
  });

  /** JSON:API's inverse of a group's courses: only where the switch says the route exists. */
  const onlyInverseRoute = async (request: FastifyRequest, reply: FastifyReply) =>
    store.switches.courseAssignmentRoute === 'course'
      ? undefined
      : reply.code(404).send(noRoute(request.method, request.url));

  app.post<GroupsRoute>(
    '/v2/courses/:id/relationships/groups',
    {
      schema: { params: idParams, body: relationshipBody('groups') },
      onRequest: onlyInverseRoute,
    },
    (request, reply) => {
      const course = findOr404(store.courses, request.params.id, 'Course');
      const ids = request.body.data.map((item) => item.id);
      ids.forEach((id, index) => {
        if (!store.groups.has(id)) throw invalid('Group not found', `/data/${index}/id`);
      });
      if (refusedDraft(store, [course.id]) === 0) throw invalid(DRAFT_REFUSAL, '/data');
      const unchanged = ids.filter((id) => store.assignCourses(id, [course.id]) === 0);
      const refusal = store.switches.duplicateCourseAssignment;
      if (unchanged.length > 0 && refusal !== 'silent') {
        throw refused(refusalStatus(refusal), 'Course has already been added', '/data');
      }
      return reply.code(204).send();
    },
  );
  done();
};
