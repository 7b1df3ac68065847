/** Courses: list and read. Their enrollments are in plugins/enrollments.ts. */
import type { FastifyPluginCallback } from 'fastify';

import { collectionRoutes } from '../http/collection.ts';
import type { SandboxOptions } from '../http/jsonapi.ts';
import { courseResource } from '../http/resources.ts';

export const coursesPlugin: FastifyPluginCallback<SandboxOptions> = (app, { store }, done) => {
  collectionRoutes(app, store, {
    path: '/v2/courses',
    records: store.courses,
    toResource: courseResource,
    noun: 'Course',
  });
  done();
};
