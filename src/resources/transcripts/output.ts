import * as zod from 'zod/mini';

import type { Person } from '../people/api.js';
import { progressStatuses, type TranscriptEntry } from './api.js';
import type { ExpiringCertificate } from './expiring.js';

/** Find Learner Progress: where a learner stands in one course. */
export const progressOutputSchema = zod.object({
  learner_id: zod.string(),
  learner_email: zod.string(),
  course_id: zod.string(),
  course_name: zod.nullable(zod.string()),
  status: zod.enum(progressStatuses),
  progress: zod.nullable(zod.number()),
  enrolled_at: zod.nullable(zod.string()),
  started_at: zod.nullable(zod.string()),
  completed_at: zod.nullable(zod.string()),
  score: zod.nullable(zod.number()),
  certificate_url: zod.nullable(zod.string()),
  certificate_expires_at: zod.nullable(zod.string()),
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
  certificate_expires_at: entry.expiresAt,
});

/** New Certificate Expiring: a learner's certificate in a course, and when it expires. */
export const expiringCertificateOutputSchema = zod.object({
  id: zod.string(),
  learner_id: zod.string(),
  learner_email: zod.string(),
  learner_first_name: zod.nullable(zod.string()),
  learner_last_name: zod.nullable(zod.string()),
  learner_name: zod.nullable(zod.string()),
  course_id: zod.string(),
  course_name: zod.nullable(zod.string()),
  certificate_url: zod.nullable(zod.string()),
  certificate_expires_at: zod.string(),
});
export type ExpiringCertificateOutput = zod.infer<typeof expiringCertificateOutputSchema>;

/** The id Zapier fires once for: the learner's certificate in the course, and its expiry date. */
export const toExpiringCertificateOutput = (
  certificate: ExpiringCertificate,
): ExpiringCertificateOutput => ({
  id: `${certificate.learnerId}:${certificate.courseId}:${new Date(certificate.expiresAt).toISOString().slice(0, 10)}`,
  learner_id: certificate.learnerId,
  learner_email: certificate.learner.email,
  learner_first_name: certificate.learner.first_name,
  learner_last_name: certificate.learner.last_name,
  learner_name: certificate.learner.full_name,
  course_id: certificate.courseId,
  course_name: certificate.courseName,
  certificate_url: certificate.url,
  certificate_expires_at: certificate.expiresAt,
});
