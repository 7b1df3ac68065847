/** The list of a course's or a learning path's enrollments, shared by both plugins. */
import type { FastifyReply, FastifyRequest } from 'fastify';

import type { Store } from '../store/store.ts';
import { page, view } from './jsonapi.ts';
import { applyFilters, applySort, byId, enrollmentOptions, type Query } from './query.ts';
import { personResource, type Resource } from './resources.ts';

/** An enrollment as a school whose enrollments carry no `progress` serves it. */
const withoutProgress = (enrollment: Resource): Resource => {
  const attributes = { ...enrollment.attributes };
  delete attributes.progress;
  return { ...enrollment, attributes };
};

/**
 * Filtered, then sorted as `sort` asks (if the switch honours it; a fixed id order if it
 * ignores it), with the people in `included` for `include=person` (if honoured); 404 when empty
 * (if the switch says so). Without `progress` when the switch leaves it out.
 */
export const enrollmentsPage = (
  store: Store,
  request: FastifyRequest<{ Querystring: Query }>,
  reply: FastifyReply,
  enrollments: Resource[],
) => {
  const { switches } = store;
  const { sort, include } = enrollmentOptions(request.query, switches);
  const served =
    switches.enrollmentProgress === 'absent' ? enrollments.map(withoutProgress) : enrollments;
  const filtered = applyFilters(served, request.query, switches);
  const ordered =
    switches.enrollmentSort === 'honoured'
      ? applySort(filtered, sort, switches.sortNullsFirst)
      : byId(filtered);
  const included = (data: Resource[]) =>
    [...new Set(data.map((item) => String(item.attributes.person_id)))].flatMap((personId) => {
      const person = store.people.get(personId);
      return person ? [personResource(view(store, request, 'list'), person)] : [];
    });
  return page(store, request, reply, ordered, {
    emptyIs404: switches.emptyCollection404,
    ...(include ? { included } : {}),
  });
};
