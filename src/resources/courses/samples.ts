/**
 * What Zapier shows of these outputs before a step runs: a sample and the labelled output fields
 * of each. Kept apart from the outputs themselves (their schemas and mappings) so that the app's
 * definitions load without them (src/lib/later.ts).
 */
import { outputFieldsFor } from '../../lib/output.js';
import type { CourseOutput, CourseChoiceOutput } from './output.js';

// output.ts's outputs
export const courseSample = {
  id: '5b7c9d1e-2f3a-4b5c-8d6e-7f8091a2b3c4',
  name: 'Product Fundamentals',
  status: 'published',
  status_label: 'Published',
  permalink: 'product-fundamentals',
  short_description: 'What the product does and how partners sell it.',
  enrollments_count: 240,
  enroll_url: 'https://acme-academy.northpass.com/c/product-fundamentals/enroll',
  created_at: '2026-01-15T09:30:00Z',
  updated_at: '2026-02-20T16:45:12Z',
} satisfies CourseOutput;

export const courseOutputFields = outputFieldsFor<CourseOutput>({
  id: ['Course ID'],
  name: ['Course Name'],
  status: ['Status'],
  status_label: ['Status Label'],
  permalink: ['Permalink'],
  short_description: ['Short Description'],
  enrollments_count: ['Enrollments Count', 'integer'],
  enroll_url: ['Enroll URL'],
  created_at: ['Created At', 'datetime'],
  updated_at: ['Updated At', 'datetime'],
});

export const courseChoiceSample = {
  ...courseSample,
  label: 'Product Fundamentals',
} satisfies CourseChoiceOutput;

export const courseChoiceOutputFields = [
  ...courseOutputFields,
  { key: 'label', label: 'Dropdown Label' },
];
