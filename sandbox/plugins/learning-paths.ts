/** Learning paths: list (404 when there are none, as Northpass), read, and their enrollments. */
import type { FastifyPluginCallback } from 'fastify';

import { enrollmentsPage } from '../http/enrollments.ts';
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
import { learningPathResource, pathEnrollmentResource } from '../http/resources.ts';

export const learningPathsPlugin: FastifyPluginCallback<SandboxOptions> = (
  app,
  { store },
  done,
) => {
  app.get<{ Querystring: Query }>(
    '/v2/learning-paths',
    { schema: { querystring: listQuery } },
    (request, reply) => {
      const paths = [...store.learningPaths.values()].map((path) =>
        learningPathResource(view(store, request, 'list'), path),
      );
      return page(store, request, reply, listed(paths, request.query, store.switches), {
        emptyIs404: true,
      });
    },
  );

  app.get<{ Params: IdParams }>(
    '/v2/learning-paths/:id',
    { schema: { params: idParams } },
    (request, reply) =>
      reply.send({
        data: learningPathResource(
          view(store, request, 'single'),
          findOr404(store.learningPaths, request.params.id, 'Learning path'),
        ),
      }),
  );

  app.get<{ Params: IdParams; Querystring: Query }>(
    '/v2/learning-paths/:id/enrollments',
    { schema: { params: idParams, querystring: listQuery } },
    (request, reply) => {
      const path = findOr404(store.learningPaths, request.params.id, 'Learning path');
      const rows = store.learningPathEnrollments(path.id).map(pathEnrollmentResource);
      return enrollmentsPage(store, request, reply, rows);
    },
  );
  done();
};
