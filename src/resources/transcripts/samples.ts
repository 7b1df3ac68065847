/**
 * What Zapier shows of these outputs before a step runs: a sample and the labelled output fields
 * of each. Kept apart from the outputs themselves (their schemas and mappings) so that the app's
 * definitions load without them (src/lib/later.ts).
 */
import type * as zod from 'zod/mini';

import { outputFieldsFor, type LineItemsField, type OutputField } from '../../lib/output.js';
import type { LearnerOutput } from '../people/output.js';
import { learnerOutputFields, learnerSample } from '../people/samples.js';
import type {
  ProgressOutput,
  ExpiringCertificateOutput,
  expiringCertificateOutputSchema,
} from './output.js';
import type { TrainingSummaryOutput } from './summary.js';

// output.ts's outputs
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

// summary.ts's outputs
export const trainingSummarySample = {
  ...learnerSample,
  courses_enrolled: 4,
  courses_in_progress: 1,
  courses_completed: 2,
  percent_complete: 50,
  last_active_at: '2026-11-26T14:03:00Z',
  completed_course_names: ['Partner Sales Certification', 'Product Fundamentals'],
  in_progress_course_names: ['Advanced Integrations'],
  learning_path_names: ['Partner Certification Path', 'Technical Partner Path'],
  completed_learning_path_names: ['Partner Certification Path'],
  certificates: [
    {
      course: 'Product Fundamentals',
      url: 'https://acme-academy.northpass.com/certificates/katherine-product-fundamentals.pdf',
      expires_at: '2027-03-01T09:00:00Z',
    },
    {
      course: 'Partner Sales Certification',
      url: 'https://acme-academy.northpass.com/certificates/katherine-partner-sales.pdf',
      expires_at: null,
    },
  ],
  next_certificate_expires_at: '2027-03-01T09:00:00Z',
} satisfies TrainingSummaryOutput;

export const trainingSummaryOutputFields: (OutputField | LineItemsField)[] = [
  ...learnerOutputFields,
  ...outputFieldsFor<Omit<TrainingSummaryOutput, 'certificates' | keyof LearnerOutput>>({
    courses_enrolled: ['Courses Enrolled', 'integer'],
    courses_in_progress: ['Courses In Progress', 'integer'],
    courses_completed: ['Courses Completed', 'integer'],
    percent_complete: ['Percent Complete', 'integer'],
    last_active_at: ['Last Active At', 'datetime'],
    completed_course_names: ['Completed Course Names', undefined, 'list'],
    in_progress_course_names: ['In Progress Course Names', undefined, 'list'],
    learning_path_names: ['Learning Path Names', undefined, 'list'],
    completed_learning_path_names: ['Completed Learning Path Names', undefined, 'list'],
    next_certificate_expires_at: ['Next Certificate Expires At', 'datetime'],
  }),
  {
    key: 'certificates',
    label: 'Certificates',
    children: [
      { key: 'course', label: 'Certificate Course' },
      { key: 'url', label: 'Certificate URL' },
      {
        key: 'expires_at',
        label: 'Certificate Expires At',
        type: 'datetime',
      },
    ],
  },
];
