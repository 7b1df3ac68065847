/**
 * A local Northpass v2 API over the sandbox store, on Fastify: X-Api-Key auth, JSON:API
 * envelopes and errors, page/limit pagination, filters, sorting, the per-key rate limit, and
 * fault knobs. Development only: the app never imports it and it is not in the packaged zip.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';

import { Store, timestamp, type Course, type Group, type Person, type Switches } from './store.ts';

export const SANDBOX_API_KEY = 'sandbox-api-key';

type Attributes = Record<string, unknown>;

interface Resource {
  id: string;
  type: string;
  attributes: Attributes;
  relationships?: Record<string, unknown>;
  links?: Record<string, unknown>;
}

class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly pointer: string | undefined;

  constructor(status: number, title: string, detail: string, pointer?: string) {
    super(detail);
    this.status = status;
    this.title = title;
    this.pointer = pointer;
  }
}

const errorBody = (status: number, title: string, detail?: string, pointer?: string) => ({
  errors: [
    {
      status: String(status),
      title,
      ...(detail ? { detail } : {}),
      source: pointer ? { pointer } : {},
    },
  ],
});

const notFound = (what: string) => new ApiError(404, 'Not Found', `${what} not found`);
const invalid = (detail: string, pointer: string) =>
  new ApiError(422, 'Invalid Attribute', detail, pointer);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A scalar attribute as text, for filtering and sorting; anything else counts as empty. */
const scalar = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : '';

/** `data` of a JSON:API write body for `type`, or a 422 that points at what is wrong. */
const resourceBody = (body: unknown, type: string): Attributes => {
  if (!isRecord(body) || !isRecord(body.data)) throw invalid('data must be an object', '/data');
  if (body.data.type !== type) throw invalid(`type must be ${type}`, '/data/type');
  const attributes = body.data.attributes ?? {};
  if (!isRecord(attributes)) throw invalid('attributes must be an object', '/data/attributes');
  return attributes;
};

/** The ids of a relationship write body `data: [{type, id}]`. */
const relationshipIds = (body: unknown, type: string): string[] => {
  if (!isRecord(body) || !Array.isArray(body.data)) throw invalid('data must be an array', '/data');
  return body.data.map((item: unknown, index) => {
    if (!isRecord(item) || item.type !== type)
      throw invalid(`type must be ${type}`, `/data/${index}/type`);
    if (typeof item.id !== 'string') throw invalid('id must be a string', `/data/${index}/id`);
    return item.id;
  });
};

const optionalText = (attributes: Attributes, key: string): string | null | undefined => {
  const value = attributes[key];
  if (value === undefined || value === null) return value;
  if (typeof value !== 'string')
    throw invalid(`${key} must be a string`, `/data/attributes/${key}`);
  return value;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `filter[attr][predicate]=value` over resource attributes (and `id`). */
const applyFilters = (resources: Resource[], query: Record<string, string>): Resource[] => {
  let result = resources;
  for (const [key, value] of Object.entries(query)) {
    const match = /^filter\[(\w+)\](?:\[(\w+)\])?$/.exec(key);
    if (!match) continue;
    const [, attribute = '', predicate = 'cont'] = match;
    const read = (resource: Resource) =>
      attribute === 'id' ? resource.id : scalar(resource.attributes[attribute]);
    const wanted = value.toLowerCase();
    const tests: Record<string, (actual: string) => boolean> = {
      eq: (actual) => actual === value,
      not_eq: (actual) => actual !== value,
      cont: (actual) => actual.toLowerCase().includes(wanted),
      not_cont: (actual) => !actual.toLowerCase().includes(wanted),
      in: (actual) => value.split(',').includes(actual),
    };
    const test = tests[predicate];
    if (!test) throw new ApiError(400, 'Bad Request', `unknown filter predicate ${predicate}`);
    result = result.filter((resource) => test(read(resource)));
  }
  return result;
};

/** `sort=name` ascending, `sort=-created_at` descending, comma-separated keys; nulls last. */
const applySort = (resources: Resource[], sort: string | undefined): Resource[] => {
  if (!sort) return resources;
  const keys = sort
    .split(',')
    .map((key) => ({ desc: key.startsWith('-'), name: key.replace(/^-/, '') }));
  return [...resources].sort((a, b) => {
    for (const { desc, name } of keys) {
      const x = a.attributes[name];
      const y = b.attributes[name];
      if (x === y) continue;
      if (x === null || x === undefined) return 1;
      if (y === null || y === undefined) return -1;
      const order = scalar(x).localeCompare(scalar(y), 'en', { numeric: true });
      if (order !== 0) return desc ? -order : order;
    }
    return 0;
  });
};

const statusTitles: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

const MAX_LIMIT = 100;
const DEFAULT_LIMIT = 25;

export interface Sandbox {
  url: string;
  store: Store;
  server: FastifyInstance;
  close: () => Promise<void>;
}

export const buildServer = (store: Store, apiKey = SANDBOX_API_KEY): FastifyInstance => {
  const server = Fastify({ logger: false });
  const calls = new Map<string, number[]>();
  const origin = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

  const courseResource = (course: Course, request: FastifyRequest): Resource => ({
    id: course.id,
    type: 'courses',
    attributes: {
      name: course.name,
      status: course.status,
      permalink: course.permalink,
      enrollments_count: store.enrollments(course.id).length,
      created_at: course.created_at,
      updated_at: course.updated_at,
    },
    links: {
      self: `${origin(request)}/v2/courses/${course.id}`,
      enroll: {
        href: `https://acme-academy.example.com/c/${course.permalink}/enroll`,
        methods: ['get'],
      },
    },
  });

  const toMany = (type: string, ids: string[], related: string) =>
    store.switches.relationshipData
      ? { data: ids.map((id) => ({ type, id })), links: { related } }
      : { links: { related } };

  const groupResource = (group: Group, request: FastifyRequest): Resource => ({
    id: group.id,
    type: 'groups',
    attributes: {
      name: group.name,
      created_at: group.created_at,
      updated_at: group.updated_at,
      group_enrollment_link: `https://acme-academy.example.com/groups/${group.id}/join`,
      membership_count: store.members.get(group.id)?.size ?? 0,
    },
    relationships: {
      courses: toMany(
        'courses',
        [...(store.groupCourses.get(group.id) ?? [])],
        `${origin(request)}/v2/groups/${group.id}/courses`,
      ),
    },
  });

  const personResource = (person: Person, request: FastifyRequest): Resource => {
    const fullName = [person.first_name, person.last_name].filter(Boolean).join(' ') || null;
    return {
      id: person.id,
      type: 'people',
      attributes: {
        email: person.email,
        first_name: person.first_name,
        last_name: person.last_name,
        full_name: fullName,
        name: fullName,
        sso_uid: person.sso_uid,
        registration_status: person.registration_status,
        activated_at: person.activated_at,
        invite_token: person.invite_token,
        disabled: false,
        unsubscribed: false,
        created_at: person.created_at,
        updated_at: person.updated_at,
      },
      relationships: {
        groups: toMany(
          'groups',
          store.groupsOf(person.id),
          `${origin(request)}/v2/people/${person.id}/groups`,
        ),
      },
    };
  };

  /** One page of a collection, with absolute links; `next` is left out on the last page. */
  const page = (
    request: FastifyRequest,
    reply: FastifyReply,
    all: Resource[],
    {
      emptyIs404 = false,
      included,
    }: { emptyIs404?: boolean; included?: (items: Resource[]) => Resource[] } = {},
  ) => {
    const query = request.query as Record<string, string>;
    const items = applySort(applyFilters(all, query), query.sort);
    const limit = Math.min(
      Math.max(Number.parseInt(query.limit ?? '', 10) || DEFAULT_LIMIT, 1),
      MAX_LIMIT,
    );
    const number = Math.max(Number.parseInt(query.page ?? '', 10) || 1, 1);
    const data = items.slice((number - 1) * limit, number * limit);
    if (emptyIs404 && store.switches.emptyCollection404 && items.length === 0) {
      return reply.code(404).send({ errors: [] });
    }
    const url = new URL(request.url, origin(request));
    const linkTo = (target: number) => {
      const link = new URL(url);
      if (target === 1) link.searchParams.delete('page');
      else link.searchParams.set('page', String(target));
      return link.toString();
    };
    return reply.send({
      data,
      ...(included ? { included: included(data) } : {}),
      links: {
        self: linkTo(number),
        ...(number > 1 ? { prev: linkTo(number - 1) } : {}),
        ...(number * limit < items.length ? { next: linkTo(number + 1) } : {}),
      },
    });
  };

  const findOr404 = <T>(map: Map<string, T>, id: string, what: string): T => {
    const record = map.get(id);
    if (!record) throw notFound(what);
    return record;
  };

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

  server.setErrorHandler((error: unknown, _request, reply) => {
    if (error instanceof ApiError) {
      return reply
        .code(error.status)
        .send(errorBody(error.status, error.title, error.message, error.pointer));
    }
    // Fastify's own errors (a body too large, say) carry their status; anything else is a 500
    const status = isRecord(error) && typeof error.statusCode === 'number' ? error.statusCode : 500;
    const detail = error instanceof Error ? error.message : 'unexpected error';
    return reply
      .code(status)
      .send(errorBody(status, status >= 500 ? 'Internal Server Error' : 'Bad Request', detail));
  });

  server.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .send(
        errorBody(
          404,
          'Not Found',
          `no route for ${request.method} ${request.url.split('?')[0] ?? ''}`,
        ),
      ),
  );

  server.addHook('onResponse', (request, reply, done) => {
    if (request.url.startsWith('/v2/')) {
      store.log.push({
        method: request.method,
        path: decodeURIComponent(request.url),
        status: reply.statusCode,
      });
    }
    done();
  });

  // auth, the rate limit and forced faults, in the order Northpass's edge would apply them
  server.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/v2/')) return;
    const key = request.headers['x-api-key'];
    if (key !== apiKey) {
      return reply
        .code(401)
        .send(errorBody(401, 'Unauthorized', "You don't have the necessary credentials"));
    }
    const now = Date.now();
    const recent = (calls.get(key) ?? []).filter((at) => now - at < 1000);
    if (recent.length >= store.switches.rateLimitPerSecond) {
      calls.set(key, recent);
      return reply.code(429).type('text/plain').send('Too Many Requests');
    }
    calls.set(key, [...recent, now]);
    const fault = store.takeFault();
    if (!fault) return;
    if (fault.kind === 'slow') {
      await new Promise((resolve) => setTimeout(resolve, fault.delayMs ?? 5000));
      return;
    }
    if (fault.kind === 'html') {
      return reply
        .code(fault.status ?? 200)
        .type('text/html')
        .send('<html><body><h1>Down for maintenance</h1></body></html>');
    }
    const status = fault.status ?? 503;
    return reply.code(status).send(errorBody(status, statusTitles[status] ?? 'Error'));
  });

  // --- school ---
  server.get('/v2/properties/school', (_request, reply) =>
    reply.send({
      data: {
        id: store.schoolId,
        type: 'schools',
        attributes: { properties: { name: store.schoolName } },
      },
    }),
  );

  // --- courses ---
  server.get('/v2/courses', (request, reply) =>
    page(
      request,
      reply,
      [...store.courses.values()].map((course) => courseResource(course, request)),
    ),
  );
  server.get<{ Params: { id: string } }>('/v2/courses/:id', (request, reply) =>
    reply.send({
      data: courseResource(findOr404(store.courses, request.params.id, 'Course'), request),
    }),
  );
  server.get<{ Params: { id: string } }>('/v2/courses/:id/enrollments', (request, reply) => {
    const course = findOr404(store.courses, request.params.id, 'Course');
    const enrollments: Resource[] = store.enrollments(course.id).map((enrollment, index) => ({
      id: String(index + 1),
      type: 'course_enrollments',
      attributes: {
        person_id: enrollment.personId,
        course_id: course.id,
        progress: enrollment.progress.progress,
        enrolled_at: enrollment.enrolledAt,
        last_active_on: enrollment.progress.last_active_on,
      },
      relationships: { person: { data: { type: 'people', id: enrollment.personId } } },
    }));
    const include =
      (request.query as Record<string, string>).include === 'person' &&
      store.switches.honourInclude;
    return page(request, reply, enrollments, {
      emptyIs404: true,
      ...(include
        ? {
            included: (items) =>
              items.flatMap((item) => {
                const person = store.people.get(String(item.attributes.person_id));
                return person ? [personResource(person, request)] : [];
              }),
          }
        : {}),
    });
  });

  // --- groups ---
  server.get('/v2/groups', (request, reply) =>
    page(
      request,
      reply,
      [...store.groups.values()].map((group) => groupResource(group, request)),
    ),
  );
  server.get<{ Params: { id: string } }>('/v2/groups/:id', (request, reply) =>
    reply.send({
      data: groupResource(findOr404(store.groups, request.params.id, 'Group'), request),
    }),
  );
  server.post('/v2/groups', (request, reply) => {
    const attributes = resourceBody(request.body, 'groups');
    const name = optionalText(attributes, 'name')?.trim();
    if (!name) throw invalid("Name can't be blank", '/data/attributes/name');
    if (name.length > 255) throw invalid('Name is too long', '/data/attributes/name');
    const { group, existed } = store.createGroup(name);
    if (existed && store.switches.duplicateGroupName === 'reject-422') {
      throw invalid('Uh oh, that name has already been added', '/data/attributes/name');
    }
    return reply
      .code(existed ? store.switches.existingStatus : 201)
      .send({ data: groupResource(group, request) });
  });
  server.get<{ Params: { id: string } }>('/v2/groups/:id/memberships', (request, reply) => {
    const group = findOr404(store.groups, request.params.id, 'Group');
    const memberships: Resource[] = [...(store.members.get(group.id) ?? [])].map(
      ([personId, joinedAt]) => ({
        id: `${group.id}:${personId}`,
        type: 'memberships',
        attributes: { created_at: joinedAt },
        relationships: { person: { data: { type: 'people', id: personId } } },
      }),
    );
    return page(request, reply, memberships, { emptyIs404: true });
  });

  const relationship =
    (
      kind: 'people' | 'courses',
      write: (groupId: string, ids: string[]) => number,
      duplicate: () => boolean,
    ) =>
    (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
      const group = findOr404(store.groups, request.params.id, 'Group');
      const ids = relationshipIds(request.body, kind);
      const records: Map<string, unknown> = kind === 'people' ? store.people : store.courses;
      ids.forEach((id, index) => {
        if (!records.has(id))
          throw invalid(
            `${kind === 'people' ? 'Person' : 'Course'} not found`,
            `/data/${index}/id`,
          );
      });
      const changed = write(group.id, ids);
      if (changed < ids.length && duplicate()) {
        throw invalid(
          kind === 'people' ? 'Person is already a member' : 'Course has already been added',
          '/data',
        );
      }
      return reply.code(204).send();
    };

  server.post(
    '/v2/groups/:id/relationships/people',
    relationship(
      'people',
      (groupId, ids) => store.addMembers(groupId, ids),
      () => store.switches.duplicateMembership === 'reject-422',
    ),
  );
  server.delete(
    '/v2/groups/:id/relationships/people',
    relationship(
      'people',
      (groupId, ids) => store.removeMembers(groupId, ids),
      () => false,
    ),
  );
  server.post(
    '/v2/groups/:id/relationships/courses',
    relationship(
      'courses',
      (groupId, ids) => store.assignCourses(groupId, ids),
      () => store.switches.duplicateCourseAssignment === 'reject-422',
    ),
  );

  // --- people ---
  server.get('/v2/people', (request, reply) =>
    page(
      request,
      reply,
      [...store.people.values()].map((person) => personResource(person, request)),
    ),
  );
  server.get<{ Params: { id: string } }>('/v2/people/:id', (request, reply) =>
    reply.send({
      data: personResource(findOr404(store.people, request.params.id, 'Person'), request),
    }),
  );
  server.post('/v2/people', (request, reply) => {
    const attributes = resourceBody(request.body, 'people');
    const email = optionalText(attributes, 'email')?.trim();
    if (!email) throw invalid("Email can't be blank", '/data/attributes/email');
    if (!EMAIL.test(email)) throw invalid('Email is invalid', '/data/attributes/email');
    const { person, existed } = store.createPerson({
      email,
      first_name: optionalText(attributes, 'first_name') ?? null,
      last_name: optionalText(attributes, 'last_name') ?? null,
    });
    if (existed && store.switches.duplicateEmail === 'reject-422') {
      throw invalid('Email has already been taken', '/data/attributes/email');
    }
    return reply
      .code(existed ? store.switches.existingStatus : 201)
      .send({ data: personResource(person, request) });
  });
  const updatePerson = (
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
  ) => {
    const person = findOr404(store.people, request.params.id, 'Person');
    const attributes = resourceBody(request.body, 'people');
    const email = optionalText(attributes, 'email')?.trim();
    if (email) {
      if (!EMAIL.test(email)) throw invalid('Email is invalid', '/data/attributes/email');
      const owner = store.findPersonByEmail(email);
      if (owner && owner.id !== person.id)
        throw invalid('Email has already been taken', '/data/attributes/email');
      person.email = email;
    }
    for (const key of ['first_name', 'last_name'] as const) {
      const value = optionalText(attributes, key);
      if (value !== undefined) person[key] = value;
    }
    person.updated_at = timestamp();
    return reply.send({ data: personResource(person, request) });
  };
  server.patch('/v2/people/:id', updatePerson);
  server.put('/v2/people/:id', updatePerson);
  server.post<{ Params: { id: string } }>('/v2/people/:id/invitations', (request, reply) => {
    const person = findOr404(store.people, request.params.id, 'Person');
    if (person.activated_at) throw invalid('Person has already been activated', '/data');
    person.invite_token = Math.random().toString(36).slice(2, 10);
    person.invitations_sent += 1;
    return reply.code(204).send();
  });

  // --- controls for people and tests (no key needed; never part of Northpass) ---
  server.get('/_sandbox/state', (_request, reply) =>
    reply.send({ counts: store.counts(), switches: store.switches, faults: store.faults }),
  );
  server.get('/_sandbox/log', (_request, reply) => reply.send(store.log));
  server.post('/_sandbox/faults', (request, reply) => {
    const body = isRecord(request.body) ? request.body : {};
    const kind = body.kind === 'slow' || body.kind === 'html' ? body.kind : 'status';
    store.faults.push({
      kind,
      count: typeof body.count === 'number' ? body.count : 1,
      ...(typeof body.status === 'number' ? { status: body.status } : {}),
      ...(typeof body.delayMs === 'number' ? { delayMs: body.delayMs } : {}),
    });
    return reply.send({ faults: store.faults });
  });
  server.post('/_sandbox/switches', (request, reply) => {
    Object.assign(
      store.switches,
      isRecord(request.body) ? (request.body as Partial<Switches>) : {},
    );
    return reply.send(store.switches);
  });
  server.post('/_sandbox/activate', (request, reply) => {
    const email = isRecord(request.body) ? scalar(request.body.email) : '';
    const person = store.findPersonByEmail(email);
    if (!person) throw notFound('Person');
    return reply.send({ data: personResource(store.activate(person.id) ?? person, request) });
  });
  server.post('/_sandbox/progress', (request, reply) => {
    const body = isRecord(request.body) ? request.body : {};
    const person = store.findPersonByEmail(scalar(body.email));
    const course = [...store.courses.values()].find(
      (item) => item.name === body.course || item.id === body.course,
    );
    if (!person || !course) throw notFound('Person or course');
    store.setProgress(
      person.id,
      course.id,
      typeof body.progress === 'number' ? body.progress : 100,
    );
    return reply.send({ ok: true });
  });

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
