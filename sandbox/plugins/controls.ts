/**
 * The sandbox's own controls under /_sandbox/ (no key needed; never part of Northpass): state,
 * the request log, reset, switches, faults, raw records, activation and progress. Bad bodies
 * answer 400 in Northpass's envelope.
 */
import type { FastifyPluginCallback } from 'fastify';

import { DATETIME, jsonApiErrorHandler, notFound } from '../http/errors.ts';
import { text, view, type SandboxOptions } from '../http/jsonapi.ts';
import { groupResource, pathEnrollmentResource, personResource } from '../http/resources.ts';
import { faultSchema, type Fault } from '../store/faults.ts';
import { setCertificateExpiry } from '../store/progress.ts';
import type { Group, Person } from '../store/records.ts';
import type { Store } from '../store/store.ts';
import { switchesSchema, type Switches } from '../store/switches.ts';

const object = (required: string[], properties: Record<string, unknown>) => ({
  type: 'object',
  additionalProperties: false,
  required,
  properties,
});

const percent = { type: 'integer', minimum: 0, maximum: 100 };
const emailOnly = object(['email'], { email: { type: 'string' } });
const datetime = { type: 'string', pattern: DATETIME };
const progressBody = (what: 'course' | 'path') =>
  object(['email', what], {
    email: { type: 'string' },
    [what]: { type: 'string' },
    progress: percent,
    score: { type: 'number', minimum: 0, maximum: 100 },
    ...(what === 'course' ? { expires_at: { anyOf: [datetime, { type: 'null' }] } } : {}),
  });

const recordsBody = {
  ...object(['type'], { type: { enum: ['people', 'groups'] }, attributes: { type: 'object' } }),
  allOf: [
    {
      if: { type: 'object', required: ['type'], properties: { type: { const: 'people' } } },
      then: {
        type: 'object',
        properties: {
          attributes: object([], {
            email: text,
            first_name: text,
            last_name: text,
            sso_uid: text,
            disabled: { type: 'boolean' },
            created_at: datetime,
            updated_at: datetime,
          }),
        },
      },
    },
    {
      if: { type: 'object', required: ['type'], properties: { type: { const: 'groups' } } },
      then: {
        type: 'object',
        properties: {
          attributes: object([], { name: text, created_at: datetime, updated_at: datetime }),
        },
      },
    },
  ],
};

interface ProgressBody {
  email: string;
  course: string;
  progress?: number;
  score?: number;
  /** The certificate's expiry, for a completed course (null: it does not expire). */
  expires_at?: string | null;
}

type RecordsBody =
  | { type: 'people'; attributes?: Partial<Omit<Person, 'id'>> }
  | { type: 'groups'; attributes?: Partial<Omit<Group, 'id'>> };

/** A person by email and a course or learning path by name or id, or a 404. */
const find = <T extends { id: string; name: string }>(
  store: Store,
  email: string,
  records: Map<string, T>,
  wanted: string,
) => {
  const person = store.findPersonByEmail(email);
  const record = [...records.values()].find((item) => item.name === wanted || item.id === wanted);
  if (!person) throw notFound('Person');
  if (!record) throw notFound(wanted);
  return { person, record };
};

export const controlsPlugin: FastifyPluginCallback<SandboxOptions> = (app, { store }, done) => {
  app.setErrorHandler(jsonApiErrorHandler(400));

  app.get('/_sandbox/state', (_request, reply) =>
    reply.send({ counts: store.counts(), switches: store.switches, faults: store.faults }),
  );
  app.get('/_sandbox/log', (_request, reply) => reply.send(store.log));

  app.post('/_sandbox/reset', (_request, reply) => {
    store.reset();
    return reply.send({ counts: store.counts(), switches: store.switches, faults: store.faults });
  });

  app.post<{ Body: Partial<Switches> }>(
    '/_sandbox/switches',
    { schema: { body: switchesSchema } },
    (request, reply) => {
      Object.assign(store.switches, request.body);
      return reply.send(store.switches);
    },
  );

  app.post<{ Body: Fault }>(
    '/_sandbox/faults',
    { schema: { body: faultSchema } },
    (request, reply) => {
      if (request.body.count > 0) store.faults.push(request.body);
      return reply.send({ faults: store.faults });
    },
  );
  app.delete('/_sandbox/faults', (_request, reply) => {
    store.faults = [];
    return reply.send({ faults: store.faults });
  });

  app.post<{ Body: RecordsBody }>(
    '/_sandbox/records',
    { schema: { body: recordsBody } },
    (request, reply) => {
      const body = request.body;
      const single = view(store, request, 'single');
      const data =
        body.type === 'people'
          ? personResource(single, store.insertPerson(body.attributes ?? {}))
          : groupResource(single, store.insertGroup(body.attributes ?? {}));
      return reply.code(201).send({ data });
    },
  );

  app.post<{ Body: { email: string } }>(
    '/_sandbox/activate',
    { schema: { body: emailOnly } },
    (request, reply) => {
      const person = store.findPersonByEmail(request.body.email);
      if (!person) throw notFound('Person');
      store.activate(person.id);
      return reply.send({ data: personResource(view(store, request, 'single'), person) });
    },
  );

  app.post<{ Body: ProgressBody }>(
    '/_sandbox/progress',
    { schema: { body: progressBody('course') } },
    (request, reply) => {
      const { email, course, progress = 100, score, expires_at } = request.body;
      const found = find(store, email, store.courses, course);
      store.setProgress(found.person.id, found.record.id, progress, new Date(), score);
      setCertificateExpiry(store, found.person.id, found.record.id, expires_at);
      return reply.send({ ok: true });
    },
  );

  app.post<{ Body: { email: string; path: string } }>(
    '/_sandbox/path-enrollments',
    {
      schema: {
        body: object(['email', 'path'], { email: { type: 'string' }, path: { type: 'string' } }),
      },
    },
    (request, reply) => {
      const { person, record } = find(
        store,
        request.body.email,
        store.learningPaths,
        request.body.path,
      );
      return reply
        .code(201)
        .send({ data: pathEnrollmentResource(store.enrollInPath(person.id, record.id)) });
    },
  );

  app.post<{ Body: { email: string; path: string; progress?: number; score?: number } }>(
    '/_sandbox/path-progress',
    { schema: { body: progressBody('path') } },
    (request, reply) => {
      const { email, path, progress = 100, score } = request.body;
      const { person, record } = find(store, email, store.learningPaths, path);
      const enrollment = store.setPathProgress(person.id, record.id, progress, new Date(), score);
      return reply.send({ data: pathEnrollmentResource(enrollment) });
    },
  );
  done();
};
