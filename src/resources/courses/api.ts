import type { ZObject } from 'zapier-platform-core';
import { z as zod } from 'zod';

import { PAGE_SIZE } from '../../client/config.js';
import { behaviour, endpoints } from '../../client/endpoints.js';
import { optionalString, resourceSchema, singleDocumentSchema } from '../../client/jsonapi.js';
import { collectPages, fetchPage, findDocument, type Page } from '../../client/request.js';
import type { NamedKind } from '../references.js';

export const courseSchema = resourceSchema(
  zod.looseObject({
    name: zod.string(),
    status: optionalString,
    permalink: optionalString,
    created_at: optionalString,
    updated_at: optionalString,
  }),
);
export type Course = zod.infer<typeof courseSchema>;

const courseDocumentSchema = singleDocumentSchema(courseSchema);

/** GET /v2/courses/{id}; null when there is no such course. */
export const findCourseById = async (z: ZObject, courseId: string): Promise<Course | null> =>
  (await findDocument(z, endpoints.course(courseId), courseDocumentSchema))?.data ?? null;

/** GET /v2/courses?filter[name][cont]=…: courses whose name contains `name`, any case. */
export const searchCoursesByName = async (
  z: ZObject,
  name: string,
  enough: (courses: Course[]) => boolean,
): Promise<Course[]> =>
  (
    await collectPages(
      z,
      { path: endpoints.courses, params: { ...behaviour.nameFilter(name), sort: 'name' } },
      courseSchema,
      { enough },
    )
  ).items;

/** GET /v2/courses, one page for a dropdown or a poll. */
export const listCourses = (
  z: ZObject,
  { page, limit = PAGE_SIZE, sort }: { page?: number; limit?: number; sort: string },
): Promise<Page<Course>> =>
  fetchPage(
    z,
    { path: endpoints.courses, params: { limit, sort, ...(page && page > 1 ? { page } : {}) } },
    courseSchema,
  );

export const courseKind: NamedKind<Course> = {
  noun: 'course',
  plural: 'courses',
  findById: findCourseById,
  searchByName: searchCoursesByName,
};
