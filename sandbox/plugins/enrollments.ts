/** A course's enrollments: everyone with access through a group, with their progress. */
import type { FastifyPluginCallback } from 'fastify';

import { enrollmentsPage } from '../http/enrollments.ts';
import {
  findOr404,
  idParams,
  listQuery,
  type IdParams,
  type SandboxOptions,
} from '../http/jsonapi.ts';
import type { Query } from '../http/query.ts';
import { courseEnrollmentResource } from '../http/resources.ts';

export const enrollmentsPlugin: FastifyPluginCallback<SandboxOptions> = (app, { store }, done) => {
  app.get<{ Params: IdParams; Querystring: Query }>(
    '/v2/courses/:id/enrollments',
    { schema: { params: idParams, querystring: listQuery } },
    (request, reply) => {
      const course = findOr404(store.courses, request.params.id, 'Course');
      const rows = store
        .enrollments(course.id, { perGroup: store.switches.duplicateEnrollmentRows })
        .map(courseEnrollmentResource);
      return enrollmentsPage(store, request, reply, rows);
    },
  );
  done();
};
