import * as zod from 'zod/mini';

import { outputFieldsFor } from '../../lib/output.js';
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
  certificate_expires_at: '2027-11-24T15:42:10Z',
} satisfies ProgressOutput;

export const progressOutputFields = outputFieldsFor<ProgressOutput>({
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
  certificate_expires_at: ['Certificate Expires At', 'datetime'],
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

export const expiringCertificateSample = {
  id: '7c4e9a12-6b3d-4e8f-9a10-2b3c4d5e6f70:5b7c9d1e-2f3a-4b5c-8d6e-7f8091a2b3c4:2027-01-04',
  learner_id: '7c4e9a12-6b3d-4e8f-9a10-2b3c4d5e6f70',
  learner_email: 'katherine@example.com',
  learner_first_name: 'Katherine',
  learner_last_name: 'Johnson',
  learner_name: 'Katherine Johnson',
  course_id: '5b7c9d1e-2f3a-4b5c-8d6e-7f8091a2b3c4',
  course_name: 'Product Fundamentals',
  certificate_url:
    'https://acme-academy.northpass.com/certificates/katherine-product-fundamentals.pdf',
  certificate_expires_at: '2027-01-04T09:00:00Z',
} satisfies ExpiringCertificateOutput;

export const expiringCertificateOutputFields = outputFieldsFor<
  zod.infer<typeof expiringCertificateOutputSchema>
>({
  id: ['Certificate Expiry ID'],
  learner_id: ['Learner ID'],
  learner_email: ['Learner Email'],
  learner_first_name: ['Learner First Name'],
  learner_last_name: ['Learner Last Name'],
  learner_name: ['Learner Name'],
  course_id: ['Course ID'],
  course_name: ['Course Name'],
  certificate_url: ['Certificate URL'],
  certificate_expires_at: ['Certificate Expires At', 'datetime'],
});
