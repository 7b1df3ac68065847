import type { ZObject } from 'zapier-platform-core';
import * as zod from 'zod/mini';

import { behaviour } from '../../client/behaviour.js';
import { PAGE_SIZE } from '../../client/config.js';
import {
  idSegment,
  optionalString,
  resourceSchema,
  singleDocumentSchema,
} from '../../client/jsonapi.js';
import { findDocument } from '../../client/request.js';
import { fetchPage, type Page } from '../../client/pages.js';
import type { NamedCollection } from '../lookup/names.js';
import { newestRecords, type Newest } from '../newest.js';

/** GET /v2/courses, newest first whether or not Northpass sorts it (see `newestRecords`). */
export const newestCourses = (z: ZObject, limit: number): Promise<Newest<Course>> =>
  newestRecords(z, { path: COURSES, ...behaviour.newestFirst }, courseSchema, {
    limit,
    dateOf: (course) => course.attributes.created_at,
  });

/** confirmed */
const COURSES = '/v2/courses';
export const coursePath = (courseId: string) => `${COURSES}/${idSegment(courseId)}`;

export const courseSchema = resourceSchema(
  zod.looseObject({
    name: zod.string(),
    status: optionalString,
    permalink: optionalString,
    short_description: optionalString,
    enrollments_count: zod.nullish(zod.number()),
    course_enrollment_link: zod.optional(zod.unknown()),
    created_at: optionalString,
    updated_at: optionalString,
  }),
);
export type Course = zod.infer<typeof courseSchema>;

const courseDocumentSchema = singleDocumentSchema(courseSchema);

/** GET /v2/courses/{id}; null when there is no such course. */
export const findCourseById = async (z: ZObject, courseId: string): Promise<Course | null> =>
  (await findDocument(z, coursePath(courseId), courseDocumentSchema))?.data ?? null;

/** GET /v2/courses, one page for a dropdown (by name) or a poll. */
export const listCourses = (
  z: ZObject,
  {
    page,
    limit = PAGE_SIZE,
    sort = behaviour.byName,
  }: { page?: number; limit?: number; sort?: { sort: string } },
): Promise<Page<Course>> =>
  fetchPage(
    z,
    {
      path: COURSES,
      params: { limit, ...sort, ...(page && page > 1 ? { page } : {}) },
      optional: ['sort'],
    },
    courseSchema,
  );

export const courseCollection: NamedCollection<Course> = {
  noun: 'course',
  plural: 'courses',
  path: COURSES,
  schema: courseSchema,
  findById: findCourseById,
};
