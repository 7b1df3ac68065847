import * as zod from 'zod/mini';

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

/** What every completion and enrollment output shares: the learner and their progress. */
export type Progress = zod.infer<typeof progressSchema>;

const toProgress = (enrollment: Enrollment): Progress => ({
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
