/** The two reads every Northpass collection answers: its list, and one record by id. */
import type { FastifyInstance } from 'fastify';

import type { Store } from '../store/store.ts';
import { findOr404, idParams, listQuery, page, view, type IdParams } from './jsonapi.ts';
import { listed, type Query } from './query.ts';
import type { Resource, View } from './resources.ts';

/**
 * `GET path` (filtered, sorted and paged as the switches say; a 404 for an empty list when
 * `emptyIs404`, as Northpass answers for learning paths) and `GET path/:id` (404 `noun` not found).
 */
export const collectionRoutes = <T>(
  app: FastifyInstance,
  store: Store,
  {
    path,
    records,
    toResource,
    noun,
    emptyIs404 = false,
  }: {
    path: string;
    records: Map<string, T>;
    toResource: (view: View, record: T) => Resource;
    noun: string;
    emptyIs404?: boolean;
  },
): void => {
  app.get<{ Querystring: Query }>(
    path,
    { schema: { querystring: listQuery } },
    (request, reply) => {
      const resources = [...records.values()].map((record) =>
        toResource(view(store, request, 'list'), record),
      );
      return page(store, request, reply, listed(resources, request.query, store.switches), {
        emptyIs404,
      });
    },
  );

  app.get<{ Params: IdParams }>(`${path}/:id`, { schema: { params: idParams } }, (request, reply) =>
    reply.send({
      data: toResource(view(store, request, 'single'), findOr404(records, request.params.id, noun)),
    }),
  );
};
