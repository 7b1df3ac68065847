/** The school's properties: the app's auth test and connection label. */
import type { FastifyPluginCallback } from 'fastify';

import type { SandboxOptions } from '../http/jsonapi.ts';

export const schoolPlugin: FastifyPluginCallback<SandboxOptions> = (app, { store }, done) => {
  app.get('/v2/properties/school', (_request, reply) =>
    reply.send({
      data: {
        id: store.schoolId,
        type: 'schools',
        attributes: { properties: { name: store.schoolName } },
      },
    }),
  );
  done();
};
