/** Courses: list and read. Their enrollments are in plugins/enrollments.ts. */
import type { FastifyPluginCallback } from 'fastify';

import {
  findOr404,
  idParams,
  listQuery,
  page,
  view,
  type IdParams,
  type SandboxOptions,
} from '../http/jsonapi.ts';
import { listed, type Query } from '../http/query.ts';
import { courseResource } from '../http/resources.ts';

export const coursesPlugin: FastifyPluginCallback<SandboxOptions> = (app, { store }, done) => {
  app.get<{ Querystring: Query }>(
    '/v2/courses',
    { schema: { querystring: listQuery } },
    (request, reply) => {
      const courses = [...store.courses.values()].map((course) =>
        courseResource(view(store, request, 'list'), course),
      );
      return page(store, request, reply, listed(courses, request.query, store.switches));
    },
  );

  app.get<{ Params: IdParams }>(
    '/v2/courses/:id',
    { schema: { params: idParams } },
    (request, reply) =>
      reply.send({
        data: courseResource(
          view(store, request, 'single'),
          findOr404(store.courses, request.params.id, 'Course'),
        ),
      }),
  );
  done();
};
