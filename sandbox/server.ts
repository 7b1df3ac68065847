/**
 * A local Northpass v2 API over the sandbox store, on Fastify: X-Api-Key auth, JSON:API
 * envelopes and errors, page/limit pagination, filters, sorting, the per-key rate limit, and
 * fault knobs. One plugin per resource (sandbox/plugins/); shared JSON:API pieces in
 * sandbox/http/. Development only: the app never imports it and it is not in the packaged zip.
 */
import Fastify, { type FastifyInstance } from 'fastify';

import { installEdge } from './http/edge.ts';
import { ApiError, jsonApiErrorHandler, noRoute } from './http/errors.ts';
import { controlsPlugin } from './plugins/controls.ts';
import { coursesPlugin } from './plugins/courses.ts';
import { enrollmentsPlugin } from './plugins/enrollments.ts';
import { groupsPlugin } from './plugins/groups.ts';
import { learningPathsPlugin } from './plugins/learning-paths.ts';
import { peoplePlugin } from './plugins/people.ts';
import { schoolPlugin } from './plugins/school.ts';
import { transcriptsPlugin } from './plugins/transcripts.ts';
import { webhooksPlugin } from './plugins/webhooks.ts';
import { Store, type Switches } from './store.ts';

export const SANDBOX_API_KEY = 'sandbox-api-key';

export interface Sandbox {
  url: string;
  store: Store;
  server: FastifyInstance;
  close: () => Promise<void>;
}

export const buildServer = (store: Store, apiKey = SANDBOX_API_KEY): FastifyInstance => {
  const server = Fastify({
    logger: false,
    // bodies are checked as sent (no coercion) and nothing unknown is silently dropped
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false } },
  });

  server.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    if (body === '') {
      done(null, undefined);
      return;
    }
    try {
      done(null, JSON.parse(String(body)));
    } catch {
      done(new ApiError(400, 'Bad Request', 'the request body is not valid JSON'), undefined);
    }
  });
  server.setErrorHandler(jsonApiErrorHandler(422));
  server.setNotFoundHandler((request, reply) =>
    reply.code(404).send(noRoute(request.method, request.url)),
  );
  installEdge(server, store, apiKey);

  for (const plugin of [
    schoolPlugin,
    coursesPlugin,
    groupsPlugin,
    peoplePlugin,
    enrollmentsPlugin,
    learningPathsPlugin,
    transcriptsPlugin,
    controlsPlugin,
    webhooksPlugin,
  ]) {
    void server.register(plugin, { store });
  }
  return server;
};

/** Starts a seeded sandbox on loopback; port 0 picks a free port. */
export const startSandbox = async ({
  port = 0,
  apiKey = SANDBOX_API_KEY,
  switches = {},
  seed = true,
}: {
  port?: number;
  apiKey?: string;
  switches?: Partial<Switches>;
  seed?: boolean;
} = {}): Promise<Sandbox> => {
  const store = new Store(switches);
  if (seed) store.seed();
  const server = buildServer(store, apiKey);
  const url = await server.listen({ host: '127.0.0.1', port });
  return { url, store, server, close: () => server.close() };
};
