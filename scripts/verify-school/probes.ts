import type { QuestionId } from '../../src/questions/index.js';

/**
 * Each verify-school probe (a verdict's key, before any `:`) and the open question in the
 * registry (src/questions/) it asks a real school.
 */
export const probeQuestions = {
  school: 'school-name',
  'name-search': 'name-search',
  sort: 'list-sort',
  'list-relationships': 'list-relationships',
  paging: 'paging',
  enrollments: 'enrollments',
  'ids-filter': 'ids-filter',
  'email-filter': 'email-filter',
  'duplicate-group': 'existing-record',
  'group-name-case': 'group-name-case',
  'duplicate-email': 'existing-record',
  'update-verb': 'update-verb',
  'duplicate-membership': 'duplicate-membership',
  'single-relationships': 'record-relationships',
  'course-assignment': 'course-assignment',
  invitation: 'invitation-path',
  'remove-non-member': 'remove-non-member',
  'course-status': 'course-status',
  'enrollment-progress': 'enrollment-progress',
  'email-case': 'email-case',
  'not-found-body': 'not-found-body',
  'webhook-events': 'webhook-events',
  'certificate-expiry': 'certificate-expiry',
  'membership-filter': 'membership-filter',
  'batch-membership': 'batch-membership',
} as const satisfies Record<string, QuestionId>;

export type ProbeId = keyof typeof probeQuestions;

/** A verdict's key: its probe, and what the probe asked about (`sort:people`). */
export type ProbeKey = ProbeId | `${ProbeId}:${string}`;

/** The probe id of a verdict key. */
export const probeOf = (key: ProbeKey): ProbeId => key.split(':')[0] as ProbeId;

/** The registry question a verdict answers. */
export const questionOf = (key: ProbeKey): QuestionId => probeQuestions[probeOf(key)];
