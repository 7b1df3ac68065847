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

/** confirmed: the list (404 when a school has none), one path, and its enrollments. */
const LEARNING_PATHS = '/v2/learning-paths';
export const learningPathPath = (pathId: string) => `${LEARNING_PATHS}/${idSegment(pathId)}`;
export const learningPathEnrollmentsPath = (pathId: string) =>
  `${learningPathPath(pathId)}/enrollments`;

export const learningPathSchema = resourceSchema(
  zod.looseObject({
    name: zod.string(),
    status: optionalString,
    short_description: optionalString,
    enrollments_count: zod.nullish(zod.number()),
    learning_path_enrollment_link: zod.optional(zod.unknown()),
    created_at: optionalString,
    updated_at: optionalString,
  }),
);
export type LearningPath = zod.infer<typeof learningPathSchema>;

const learningPathDocumentSchema = singleDocumentSchema(learningPathSchema);

/** GET /v2/learning-paths/{id}; null when there is no such path. */
export const findLearningPathById = async (
  z: ZObject,
  pathId: string,
): Promise<LearningPath | null> =>
  (await findDocument(z, learningPathPath(pathId), learningPathDocumentSchema))?.data ?? null;

/** GET /v2/learning-paths, one page for a dropdown, by name. */
export const listLearningPaths = (
  z: ZObject,
  { page }: { page?: number },
): Promise<Page<LearningPath>> =>
  fetchPage(
    z,
    {
      path: LEARNING_PATHS,
      params: { limit: PAGE_SIZE, ...behaviour.byName, ...(page && page > 1 ? { page } : {}) },
      optional: ['sort'],
    },
    learningPathSchema,
  );

export const learningPathCollection: NamedCollection<LearningPath> = {
  noun: 'learning path',
  plural: 'learning paths',
  path: LEARNING_PATHS,
  schema: learningPathSchema,
  findById: findLearningPathById,
};
