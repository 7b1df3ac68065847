import * as zod from 'zod/mini';

import { outputFieldsFor } from '../../lib/output.js';
import { COMPLETE, type Enrollment } from './api.js';

/** What every enrollment record says of its learner and their progress. */
const progressSchema = zod.object({
  learner_id: zod.string(),
  learner_email: zod.nullable(zod.string()),
  learner_first_name: zod.nullable(zod.string()),
  learner_last_name: zod.nullable(zod.string()),
  learner_name: zod.nullable(zod.string()),
  progress: zod.number(),
  enrolled_at: zod.nullable(zod.string()),
  completed_at: zod.nullable(zod.string()),
  last_active_on: zod.nullable(zod.string()),
});

const toProgress = (enrollment: Enrollment): zod.infer<typeof progressSchema> => ({
  learner_id: enrollment.personId,
  learner_email: enrollment.learner?.email ?? null,
  learner_first_name: enrollment.learner?.first_name ?? null,
  learner_last_name: enrollment.learner?.last_name ?? null,
  learner_name: enrollment.learner?.full_name ?? null,
  progress: enrollment.progress,
  enrolled_at: enrollment.enrolledAt,
  // Northpass gives no completion time on enrollments: for a finished one, the last activity
  // stands in, labelled so; an unfinished one has none
  completed_at:
    enrollment.completedAt ?? (enrollment.progress >= COMPLETE ? enrollment.lastActiveOn : null),
  last_active_on: enrollment.lastActiveOn,
});

const progressSample = {
  learner_id: '3a1f2b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b',
  learner_email: 'ada@example.com',
  learner_first_name: 'Ada',
  learner_last_name: 'Lovelace',
  learner_name: 'Ada Lovelace',
  progress: 100,
  enrolled_at: '2026-11-20T10:05:00Z',
  completed_at: '2026-11-24T15:42:10Z',
  last_active_on: '2026-11-24T15:42:10Z',
} satisfies zod.infer<typeof progressSchema>;

const progressFields = outputFieldsFor<zod.infer<typeof progressSchema>>({
  learner_id: ['Learner ID'],
  learner_email: ['Learner Email'],
  learner_first_name: ['Learner First Name'],
  learner_last_name: ['Learner Last Name'],
  learner_name: ['Learner Name'],
  progress: ['Progress (%)', 'number'],
  enrolled_at: ['Enrolled At', 'datetime'],
  completed_at: ['Completed At', 'datetime'],
  last_active_on: ['Last Active On', 'datetime'],
});

/** A learner's completion of (or enrollment in) a course: one record per learner per course. */
export const completionOutputSchema = zod.extend(
  zod.extend(
    zod.object({ id: zod.string(), course_id: zod.string(), course_name: zod.string() }),
    progressSchema.shape,
  ),
  {
    // New Course Completion: from the learner's transcript, when it was read (blank otherwise)
    score: zod.optional(zod.nullable(zod.number())),
    certificate_url: zod.optional(zod.nullable(zod.string())),
  },
);
export type CompletionOutput = zod.infer<typeof completionOutputSchema>;

/** The id is what Zapier deduplicates on: the course and the learner. */
export const toCompletionOutput = (
  course: { id: string; attributes: { name: string } },
  enrollment: Enrollment,
): CompletionOutput => ({
  id: `${course.id}:${enrollment.personId}`,
  course_id: course.id,
  course_name: course.attributes.name,
  ...toProgress(enrollment),
});

export const completionSample = {
  id: '5b7c9d1e-2f3a-4b5c-8d6e-7f8091a2b3c4:3a1f2b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b',
  course_id: '5b7c9d1e-2f3a-4b5c-8d6e-7f8091a2b3c4',
  course_name: 'Product Fundamentals',
  ...progressSample,
} satisfies CompletionOutput;

export const completionOutputFields = [
  { key: 'id', label: 'Completion ID' },
  { key: 'course_id', label: 'Course ID' },
  { key: 'course_name', label: 'Course Name' },
  ...progressFields,
];

/** New Course Enrollment: the same record, for a learner who has just been enrolled. */
export const enrollmentSample = {
  ...completionSample,
  progress: 0,
  completed_at: null,
  last_active_on: null,
} satisfies CompletionOutput;

export const enrollmentOutputFields = [
  { key: 'id', label: 'Enrollment ID' },
  ...completionOutputFields.slice(1),
];

/** A learner's completion of a learning path: one record per learner per path. */
export const pathCompletionOutputSchema = zod.extend(
  zod.object({
    id: zod.string(),
    learning_path_id: zod.string(),
    learning_path_name: zod.string(),
  }),
  progressSchema.shape,
);
export type PathCompletionOutput = zod.infer<typeof pathCompletionOutputSchema>;

export const toPathCompletionOutput = (
  path: { id: string; attributes: { name: string } },
  enrollment: Enrollment,
): PathCompletionOutput => ({
  id: `${path.id}:${enrollment.personId}`,
  learning_path_id: path.id,
  learning_path_name: path.attributes.name,
  ...toProgress(enrollment),
});

export const pathCompletionSample = {
  id: '7c6b5a49-3827-4160-9f5e-4d3c2b1a0f9e:3a1f2b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b',
  learning_path_id: '7c6b5a49-3827-4160-9f5e-4d3c2b1a0f9e',
  learning_path_name: 'Partner Certification Path',
  ...progressSample,
} satisfies PathCompletionOutput;

export const pathCompletionOutputFields = [
  { key: 'id', label: 'Completion ID' },
  { key: 'learning_path_id', label: 'Learning Path ID' },
  { key: 'learning_path_name', label: 'Learning Path Name' },
  ...progressFields,
];

/** New Course Completion's own fields: its score and certificate, from the transcript. */
export const awardOutputFields = [
  { key: 'score', label: 'Score', type: 'number' as const },
  { key: 'certificate_url', label: 'Certificate URL' },
];

/** New Course Completion's sample: a completion with its score and certificate. */
export const awardedCompletionSample = {
  ...completionSample,
  score: 92,
  certificate_url: 'https://acme-academy.northpass.com/certificates/ada-product-fundamentals.pdf',
} satisfies CompletionOutput;
