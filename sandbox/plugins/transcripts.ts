/**
 * A person's transcript: their courses (through their groups) and learning paths, with progress,
 * certificates and their expiry (`transcriptExpiry`); 404 `{"errors":[]}` when they have none, as
 * Northpass; filters and sort are ignored.
 */
import type { FastifyPluginCallback } from 'fastify';

import {
  findOr404,
  idParams,
  listQuery,
  page,
  type IdParams,
  type SandboxOptions,
} from '../http/jsonapi.ts';
import type { Query } from '../http/query.ts';
import { transcriptResource } from '../http/resources.ts';

export const transcriptsPlugin: FastifyPluginCallback<SandboxOptions> = (app, { store }, done) => {
  app.get<{ Params: IdParams; Querystring: Query }>(
    '/v2/transcripts/:id',
    { schema: { params: idParams, querystring: listQuery } },
    (request, reply) => {
      const person = findOr404(store.people, request.params.id, 'Person');
      const entries = store
        .transcript(person.id)
        .map((entry) => transcriptResource(entry, store.switches.transcriptExpiry));
      return page(store, request, reply, entries, { emptyIs404: true });
    },
  );
  done();
};
