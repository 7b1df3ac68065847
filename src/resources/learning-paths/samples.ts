/**
 * What Zapier shows of these outputs before a step runs: a sample and the labelled output fields
 * of each. Kept apart from the outputs themselves (their schemas and mappings) so that the app's
 * definitions load without them (src/lib/later.ts).
 */
import { outputFieldsFor } from '../../lib/output.js';
import type { LearningPathOutput } from './output.js';

// output.ts's outputs
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
