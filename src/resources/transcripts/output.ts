import { z as zod } from 'zod';

import { outputFieldsFor } from '../../lib/output.js';
import type { Person } from '../people/api.js';
import { progressStatuses, type TranscriptEntry } from './api.js';

/** Find Learner Progress: where a learner stands in one course. */
export const progressOutputSchema = zod.object({
  learner_id: zod.string(),
  learner_email: zod.string(),
  course_id: zod.string(),
  course_name: zod.string().nullable(),
  status: zod.enum(progressStatuses),
  progress: zod.number().nullable(),
  enrolled_at: zod.string().nullable(),
  started_at: zod.string().nullable(),
  completed_at: zod.string().nullable(),
  score: zod.number().nullable(),
  certificate_url: zod.string().nullable(),
});
export type ProgressOutput = zod.infer<typeof progressOutputSchema>;

export const toProgressOutput = (
  person: Person,
  entry: TranscriptEntry,
  courseName?: string,
): ProgressOutput => ({
  learner_id: person.id,
  learner_email: person.attributes.email,
  course_id: entry.resourceId,
  course_name: entry.name ?? courseName ?? null,
  status: entry.status,
  progress: entry.progress,
  enrolled_at: entry.enrolledAt,
  started_at: entry.startedAt,
  completed_at: entry.completedAt,
  score: entry.score,
  certificate_url: entry.certificateUrl,
});

export const progressSample = {
  learner_id: '3a1f2b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b',
  learner_email: 'ada@example.com',
  course_id: '5b7c9d1e-2f3a-4b5c-8d6e-7f8091a2b3c4',
  course_name: 'Product Fundamentals',
  status: 'completed',
  progress: 100,
  enrolled_at: '2026-11-20T10:05:00Z',
  started_at: '2026-11-20T11:00:00Z',
  completed_at: '2026-11-24T15:42:10Z',
  score: 92,
  certificate_url: 'https://acme-academy.northpass.com/certificates/ada-product-fundamentals.pdf',
} satisfies ProgressOutput;

export const progressOutputFields = outputFieldsFor(progressOutputSchema, {
  learner_id: ['Learner ID'],
  learner_email: ['Learner Email'],
  course_id: ['Course ID'],
  course_name: ['Course Name'],
  status: ['Status'],
  progress: ['Progress (%)', 'number'],
  enrolled_at: ['Enrolled At', 'datetime'],
  started_at: ['Started At', 'datetime'],
  completed_at: ['Completed At', 'datetime'],
  score: ['Score', 'number'],
  certificate_url: ['Certificate URL'],
});
