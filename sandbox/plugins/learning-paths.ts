/** Learning paths: list (404 when there are none, as Northpass), read, and their enrollments. */
import type { FastifyPluginCallback } from 'fastify';

import { collectionRoutes } from '../http/collection.ts';
import { enrollmentsPage } from '../http/enrollments.ts';
import {
  findOr404,
  idParams,
  listQuery,
  type IdParams,
  type SandboxOptions,
} from '../http/jsonapi.ts';
import type { Query } from '../http/query.ts';
import { learningPathResource, pathEnrollmentResource } from '../http/resources.ts';

export const learningPathsPlugin: FastifyPluginCallback<SandboxOptions> = (
  app,
  { store },
  done,
) => {
  collectionRoutes(app, store, {
    path: '/v2/learning-paths',
    records: store.learningPaths,
    toResource: learningPathResource,
    noun: 'Learning path',
    emptyIs404: true,
  });

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
