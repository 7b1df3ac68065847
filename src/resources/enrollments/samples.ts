/**
 * What Zapier shows of these outputs before a step runs: a sample and the labelled output fields
 * of each. Kept apart from the outputs themselves (their schemas and mappings) so that the app's
 * definitions load without them (src/lib/later.ts).
 */
import { outputFieldsFor } from '../../lib/output.js';
import type { CompletionOutput, PathCompletionOutput, Progress } from './output.js';
import type { StalledOutput } from './stalled.js';

// output.ts's outputs
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
} satisfies Progress;

const progressFields = outputFieldsFor<Progress>({
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

// stalled.ts's outputs
export const stalledSample = {
  id: '5b7c9d1e-2f3a-4b5c-8d6e-7f8091a2b3c4:3a1f2b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b:2026-11-12',
  course_id: '5b7c9d1e-2f3a-4b5c-8d6e-7f8091a2b3c4',
  course_name: 'Product Fundamentals',
  learner_id: '3a1f2b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b',
  learner_email: 'ada@example.com',
  learner_first_name: 'Ada',
  learner_last_name: 'Lovelace',
  learner_name: 'Ada Lovelace',
  progress: 20,
  enrolled_at: '2026-11-02T10:05:00Z',
  last_active_on: '2026-11-12T15:42:10Z',
  stalled_since: '2026-11-12',
  days_since_enrolled: 21,
  days_since_active: 11,
} satisfies StalledOutput;

export const stalledOutputFields = outputFieldsFor<StalledOutput>({
  id: ['Stall ID'],
  course_id: ['Course ID'],
  course_name: ['Course Name'],
  learner_id: ['Learner ID'],
  learner_email: ['Learner Email'],
  learner_first_name: ['Learner First Name'],
  learner_last_name: ['Learner Last Name'],
  learner_name: ['Learner Name'],
  progress: ['Progress (%)', 'number'],
  enrolled_at: ['Enrolled At', 'datetime'],
  last_active_on: ['Last Active On', 'datetime'],
  stalled_since: ['Stalled Since', 'datetime'],
  days_since_enrolled: ['Days Since Enrolled', 'number'],
  days_since_active: ['Days Since Active', 'number'],
});
