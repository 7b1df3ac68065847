import * as zod from 'zod/mini';

import { linkHref } from '../../client/jsonapi.js';
import { outputFieldsFor } from '../../lib/output.js';
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

export const learningPathSample = {
  id: '7c6b5a49-3827-4160-9f5e-4d3c2b1a0f9e',
  name: 'Partner Certification Path',
  status: 'published',
  short_description: 'Everything a partner needs to be certified, in order.',
  enrollments_count: 38,
  enrollment_link: 'https://acme-academy.northpass.com/learning-paths/partner-certification/enroll',
  created_at: '2026-02-01T09:00:00Z',
  updated_at: '2026-03-15T12:00:00Z',
} satisfies LearningPathOutput;

export const learningPathOutputFields = outputFieldsFor<LearningPathOutput>({
  id: ['Learning Path ID'],
  name: ['Learning Path Name'],
  status: ['Status'],
  short_description: ['Short Description'],
  enrollments_count: ['Enrollments Count', 'integer'],
  enrollment_link: ['Enrollment Link'],
  created_at: ['Created At', 'datetime'],
  updated_at: ['Updated At', 'datetime'],
});
