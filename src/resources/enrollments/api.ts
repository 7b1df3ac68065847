import type { ZObject } from 'zapier-platform-core';
import { z as zod } from 'zod';

import { behaviour, endpoints } from '../../client/endpoints.js';
import { relatedId } from '../../client/jsonapi.js';
import { fetchPage } from '../../client/request.js';
import { personSchema } from '../people/api.js';

const field = zod.union([zod.string(), zod.number()]).nullish();

/** A course enrollment; its fields may sit in `attributes` or at the top level. */
const enrollmentSchema = zod.looseObject({
  id: zod.union([zod.string(), zod.number()]),
  person_id: field,
  progress: field,
  enrolled_at: field,
  completed_at: field,
  last_active_on: field,
  attributes: zod
    .looseObject({
      person_id: field,
      progress: field,
      enrolled_at: field,
      completed_at: field,
      last_active_on: field,
      email: field,
    })
    .nullish(),
  relationships: zod.looseObject({ person: zod.unknown() }).nullish(),
});

export interface Enrollment {
  personId: string;
  progress: number;
  enrolledAt: string | null;
  /** When the course was completed, or the last activity when Northpass gives no completion time. */
  completedAt: string | null;
  email: string | null;
}

const text = (value: string | number | null | undefined): string | null =>
  value === null || value === undefined || value === '' ? null : String(value);

/**
 * GET /v2/courses/{id}/enrollments: one page, most recently active first, with the learners'
 * emails when Northpass embeds the people. A 404 (no enrollments) is an empty page.
 */
export const listCourseEnrollments = async (
  z: ZObject,
  courseId: string,
  limit: number,
): Promise<Enrollment[]> => {
  const page = await fetchPage(
    z,
    {
      path: endpoints.courseEnrollments(courseId),
      params: { limit, ...behaviour.enrollmentParams },
    },
    enrollmentSchema,
  );
  const emails = new Map(
    (page.included ?? []).flatMap((resource) => {
      const person = personSchema.safeParse(resource);
      return person.success ? [[person.data.id, person.data.attributes.email] as const] : [];
    }),
  );
  return page.items.flatMap((item) => {
    const attributes = item.attributes ?? {};
    const personId =
      text(attributes.person_id ?? item.person_id) ?? relatedId(item.relationships?.person) ?? null;
    if (!personId) return [];
    const progress = Number(attributes.progress ?? item.progress ?? 0);
    return [
      {
        personId,
        progress: Number.isFinite(progress) ? progress : 0,
        enrolledAt: text(attributes.enrolled_at ?? item.enrolled_at),
        completedAt: text(
          attributes.completed_at ??
            item.completed_at ??
            attributes.last_active_on ??
            item.last_active_on,
        ),
        email: emails.get(personId) ?? text(attributes.email),
      },
    ];
  });
};
