import { z as zod } from 'zod';

import { outputFieldsFor } from '../../lib/output.js';
import type { Enrollment } from './api.js';

/** What a completion (or an enrollment) record says: the course, the learner, their progress. */
export const completionOutputSchema = zod.object({
  id: zod.string(),
  course_id: zod.string(),
  course_name: zod.string(),
  learner_id: zod.string(),
  learner_email: zod.string().nullable(),
  learner_first_name: zod.string().nullable(),
  learner_last_name: zod.string().nullable(),
  learner_name: zod.string().nullable(),
  progress: zod.number(),
  enrolled_at: zod.string().nullable(),
  completed_at: zod.string().nullable(),
  last_active_on: zod.string().nullable(),
});
export type CompletionOutput = zod.infer<typeof completionOutputSchema>;

/** One record per learner per course: the id is what Zapier deduplicates on. */
export const toCompletionOutput = (
  course: { id: string; attributes: { name: string } },
  enrollment: Enrollment,
): CompletionOutput => ({
  id: `${course.id}:${enrollment.personId}`,
  course_id: course.id,
  course_name: course.attributes.name,
  learner_id: enrollment.personId,
  learner_email: enrollment.learner?.email ?? null,
  learner_first_name: enrollment.learner?.first_name ?? null,
  learner_last_name: enrollment.learner?.last_name ?? null,
  learner_name: enrollment.learner?.full_name ?? null,
  progress: enrollment.progress,
  enrolled_at: enrollment.enrolledAt,
  // Northpass gives no completion time on enrollments: the last activity stands in, labelled so
  completed_at: enrollment.completedAt ?? enrollment.lastActiveOn,
  last_active_on: enrollment.lastActiveOn,
});

export const completionSample = {
  id: '5b7c9d1e-2f3a-4b5c-8d6e-7f8091a2b3c4:3a1f2b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b',
  course_id: '5b7c9d1e-2f3a-4b5c-8d6e-7f8091a2b3c4',
  course_name: 'Product Fundamentals',
  learner_id: '3a1f2b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b',
  learner_email: 'ada@example.com',
  learner_first_name: 'Ada',
  learner_last_name: 'Lovelace',
  learner_name: 'Ada Lovelace',
  progress: 100,
  enrolled_at: '2026-11-20T10:05:00Z',
  completed_at: '2026-11-24T15:42:10Z',
  last_active_on: '2026-11-24T15:42:10Z',
} satisfies CompletionOutput;

export const completionOutputFields = outputFieldsFor(completionOutputSchema, {
  id: ['Completion ID'],
  course_id: ['Course ID'],
  course_name: ['Course Name'],
  learner_id: ['Learner ID'],
  learner_email: ['Learner Email'],
  learner_first_name: ['Learner First Name'],
  learner_last_name: ['Learner Last Name'],
  learner_name: ['Learner Name'],
  progress: ['Progress (%)', 'number'],
  enrolled_at: ['Enrolled At', 'datetime'],
  completed_at: [
    'Completed At (the last activity date when Northpass gives no completion time)',
    'datetime',
  ],
  last_active_on: ['Last Active On', 'datetime'],
});
