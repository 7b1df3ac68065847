/**
 * JSON:API pieces every resource plugin shares: the sandbox's origin, the schemas of list
 * queries, id params and write bodies, lookups that 404, and the page builder with its links.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

import type { Store } from '../store/store.ts';
import { notFound, POSITIVE_INTEGER } from './errors.ts';
import type { Query } from './query.ts';
import type { Resource, View } from './resources.ts';

export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 100;

export interface SandboxOptions {
  store: Store;
}

export const origin = (request: FastifyRequest): string => `${request.protocol}://${request.host}`;

/** How serialisers see the school for this request: lists and single reads differ. */
export const view = (store: Store, request: FastifyRequest, kind: 'list' | 'single'): View => ({
  store,
  origin: origin(request),
  relationshipData:
    kind === 'list' ? store.switches.listRelationshipData : store.switches.relationshipData,
});

export interface IdParams {
  id: string;
}

export const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1 } },
} as const;

/** `page`, `limit`, `sort`, `include` and `filter[…]` (single values only). */
export const listQuery = {
  type: 'object',
  properties: {
    page: { type: 'string', pattern: POSITIVE_INTEGER },
    limit: { type: 'string', pattern: POSITIVE_INTEGER },
    sort: { type: 'string' },
    include: { type: 'string' },
  },
  patternProperties: { '^filter\\[': { type: 'string' } },
} as const;

/** A text attribute that may be null. */
export const text = { type: 'string', nullable: true } as const;

/** A JSON:API write body `{data: {type, id?, attributes}}` with these attributes. */
export const resourceBody = (type: string, attributes: Record<string, unknown>) =>
  ({
    type: 'object',
    required: ['data'],
    properties: {
      data: {
        type: 'object',
        required: ['type'],
        properties: {
          type: { const: type },
          id: { type: 'string' },
          attributes: { type: 'object', properties: attributes },
        },
      },
    },
  }) as const;

/** A relationship write body `{data: [{type, id}]}`. */
export const relationshipBody = (type: string) =>
  ({
    type: 'object',
    required: ['data'],
    properties: {
      data: {
        type: 'array',
        items: {
          type: 'object',
          required: ['type', 'id'],
          properties: { type: { const: type }, id: { type: 'string' } },
        },
      },
    },
  }) as const;

export interface WriteBody<A> {
  data: { type: string; id?: string; attributes?: A };
}

export const findOr404 = <T>(map: Map<string, T>, id: string, what: string): T => {
  const record = map.get(id);
  if (!record) throw notFound(what);
  return record;
};

/**
 * One page of a collection (already filtered and sorted), with absolute links: `prev` and
 * `next` are left out where they do not apply, and the page-1 link has no `page`.
 */
export const page = (
  store: Store,
  request: FastifyRequest,
  reply: FastifyReply,
  items: Resource[],
  {
    emptyIs404 = false,
    included,
    maxLimit = MAX_LIMIT,
  }: {
    emptyIs404?: boolean;
    included?: (data: Resource[]) => Resource[];
    /** The largest page this collection serves (memberships: as the switch says). */
    maxLimit?: number;
  } = {},
) => {
  if (emptyIs404 && items.length === 0) return reply.code(404).send({ errors: [] });
  const { pageSizeOverride, nextLinkKeepsLimit } = store.switches;
  const query = request.query as Query;
  const limit = pageSizeOverride ?? Math.min(Number(query.limit ?? DEFAULT_LIMIT), maxLimit);
  const number = Number(query.page ?? 1);
  const data = items.slice((number - 1) * limit, number * limit);
  const url = new URL(request.url, origin(request));
  if (!nextLinkKeepsLimit) url.searchParams.delete('limit');
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
