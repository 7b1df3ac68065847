import * as zod from 'zod/mini';

import { linkHref } from '../../client/jsonapi.js';
import type { LearningPath } from './api.js';

export const learningPathOutputSchema = zod.object({
  id: zod.string(),
  name: zod.string(),
  status: zod.nullable(zod.string()),
  short_description: zod.nullable(zod.string()),
  enrollments_count: zod.nullable(zod.number()),
  enrollment_link: zod.nullable(zod.string()),
  created_at: zod.nullable(zod.string()),
  updated_at: zod.nullable(zod.string()),
});
export type LearningPathOutput = zod.infer<typeof learningPathOutputSchema>;

export const toLearningPathOutput = (path: LearningPath): LearningPathOutput => ({
  id: path.id,
  name: path.attributes.name,
  status: path.attributes.status ?? null,
  short_description: path.attributes.short_description ?? null,
  enrollments_count: path.attributes.enrollments_count ?? null,
  enrollment_link: linkHref(path.attributes.learning_path_enrollment_link),
  created_at: path.attributes.created_at ?? null,
  updated_at: path.attributes.updated_at ?? null,
});
