/** People: list, read, create (returning the existing person), update, delete, invitations. */
import type { FastifyPluginCallback, FastifyReply, FastifyRequest } from 'fastify';

import { collectionRoutes } from '../http/collection.ts';
import { errorBody, invalid, noRoute, refused } from '../http/errors.ts';
import {
  findOr404,
  idParams,
  resourceBody,
  text,
  view,
  type IdParams,
  type SandboxOptions,
  type WriteBody,
} from '../http/jsonapi.ts';
import { personResource } from '../http/resources.ts';
import { timestamp } from '../store/records.ts';
import { refusalStatus, type Switches } from '../store/switches.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface PersonAttributes {
  email?: string | null;
  first_name?: string | null;
  last_name?: string | null;
  disabled?: boolean;
}

interface UpdateRoute {
  Params: IdParams;
  Body: WriteBody<PersonAttributes>;
}

const personBody = resourceBody('people', {
  email: text,
  first_name: text,
  last_name: text,
  disabled: { type: 'boolean' },
});

const accepts = (verbs: Switches['personUpdateVerbs'], method: string) =>
  verbs === 'both' || verbs === method.toLowerCase();

export const peoplePlugin: FastifyPluginCallback<SandboxOptions> = (app, { store }, done) => {
  collectionRoutes(app, store, {
    path: '/v2/people',
    records: store.people,
    toResource: personResource,
    noun: 'Person',
  });

  app.post<{ Body: WriteBody<PersonAttributes> }>(
    '/v2/people',
    { schema: { body: personBody } },
    (request, reply) => {
      const attributes = request.body.data.attributes ?? {};
      const email = attributes.email?.trim();
      if (!email) throw invalid("Email can't be blank", '/data/attributes/email');
      if (!EMAIL.test(email)) throw invalid('Email is invalid', '/data/attributes/email');
      const { person, existed } = store.createPerson({
        email,
        first_name: attributes.first_name ?? null,
        last_name: attributes.last_name ?? null,
      });
      const { duplicateEmail } = store.switches;
      if (existed && duplicateEmail !== 'return-existing') {
        throw refused(
          refusalStatus(duplicateEmail),
          'Email has already been taken',
          '/data/attributes/email',
        );
      }
      return reply
        .code(existed ? store.switches.existingStatus : 201)
        .send({ data: personResource(view(store, request, 'single'), person) });
    },
  );

  /** A verb the switches say Northpass has no route for, answered before the body is parsed. */
  const onlyAcceptedVerbs = async (request: FastifyRequest, reply: FastifyReply) => {
    const { personUpdateVerbs, missingVerbStatus } = store.switches;
    if (accepts(personUpdateVerbs, request.method)) return undefined;
    if (missingVerbStatus === 404)
      return reply.code(404).send(noRoute(request.method, request.url));
    const allowed = ['GET', 'DELETE', ...(accepts(personUpdateVerbs, 'put') ? ['PUT'] : ['PATCH'])];
    return reply
      .code(405)
      .header('allow', allowed.join(', '))
      .send(
        errorBody(
          405,
          'Method Not Allowed',
          `${request.method} is not allowed on ${request.url.split('?')[0] ?? ''}`,
        ),
      );
  };

  const update = (request: FastifyRequest<UpdateRoute>, reply: FastifyReply) => {
    const person = findOr404(store.people, request.params.id, 'Person');
    const attributes = request.body.data.attributes ?? {};
    const email = attributes.email?.trim();
    if (email) {
      if (!EMAIL.test(email)) throw invalid('Email is invalid', '/data/attributes/email');
      const owner = store.findPersonByEmail(email);
      if (owner && owner.id !== person.id) {
        throw invalid('Email has already been taken', '/data/attributes/email');
      }
      person.email = store.storedEmail(email);
    }
    if (attributes.first_name !== undefined) person.first_name = attributes.first_name;
    if (attributes.last_name !== undefined) person.last_name = attributes.last_name;
    if (attributes.disabled !== undefined) person.disabled = attributes.disabled;
    person.updated_at = timestamp();
    return reply.send({ data: personResource(view(store, request, 'single'), person) });
  };
  const updateRoute = {
    schema: { params: idParams, body: personBody },
    onRequest: onlyAcceptedVerbs,
  };
  app.put<UpdateRoute>('/v2/people/:id', updateRoute, update);
  app.patch<UpdateRoute>('/v2/people/:id', updateRoute, update);

  app.delete<{ Params: IdParams }>(
    '/v2/people/:id',
    { schema: { params: idParams } },
    (request, reply) => {
      findOr404(store.people, request.params.id, 'Person');
      store.deletePerson(request.params.id);
      return reply.code(204).send();
    },
  );

  app.post<{ Params: IdParams }>(
    '/v2/people/:id/invitations',
    {
      schema: { params: idParams },
      onRequest: async (request, reply) =>
        store.switches.invitationRoute
          ? undefined
          : reply.code(404).send(noRoute(request.method, request.url)),
    },
    (request, reply) => {
      const person = findOr404(store.people, request.params.id, 'Person');
      if (person.activated_at) throw invalid('Person has already been activated', '/data');
      person.invite_token = Math.random().toString(36).slice(2, 10);
      person.invitations_sent += 1;
      return reply.code(204).send();
    },
  );
  done();
};
