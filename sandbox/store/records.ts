/** The sandbox school's records, as the store keeps them (not as Northpass serves them). */
import { randomUUID } from 'node:crypto';

export interface Course {
  id: string;
  name: string;
  status: 'draft' | 'published' | 'archived';
  permalink: string;
  short_description: string;
  created_at: string;
  updated_at: string;
}

export interface Group {
  id: string;
  /** null only for a raw record inserted by `POST /_sandbox/records` */
  name: string | null;
  created_at: string;
  updated_at: string;
}

export interface Person {
  id: string;
  /** null only for a raw record inserted by `POST /_sandbox/records` */
  email: string | null;
  first_name: string | null;
  last_name: string | null;
  sso_uid: string | null;
  registration_status: 'not_activated' | 'activated';
  activated_at: string | null;
  invite_token: string | null;
  disabled: boolean;
  invitations_sent: number;
  created_at: string;
  updated_at: string;
}

export interface LearningPath {
  id: string;
  name: string;
  status: 'draft' | 'published' | 'archived';
  permalink: string;
  short_description: string;
  course_ids: string[];
  created_at: string;
  updated_at: string;
}

/** A learner's progress in a course or a learning path. */
export interface Progress {
  progress: number;
  last_active_on: string | null;
  started_at: string | null;
  completed_at: string | null;
  score: number | null;
  /** When the certificate of a completed course expires (set through `/_sandbox/progress`). */
  expires_at: string | null;
}

/** A row of a course's enrollments: one per learner, or one per (group, learner). */
export interface Enrollment {
  id: string;
  personId: string;
  courseId: string;
  enrolledAt: string;
  progress: Progress;
}

export interface PathEnrollment {
  id: string;
  personId: string;
  pathId: string;
  enrolledAt: string;
  progress: Progress;
}

/** One line of a person's transcript: a course or a learning path they are enrolled in. */
export interface TranscriptEntry {
  id: string;
  resourceType: 'course' | 'learning_path';
  resourceId: string;
  name: string;
  enrolledAt: string;
  progress: Progress;
}

export interface SchoolCounts {
  courses: number;
  groups: number;
  learners: number;
  memberships: number;
  course_assignments: number;
  invitations_sent: number;
}

export interface LoggedRequest {
  method: string;
  /** decoded, with the query string */
  path: string;
  /** the raw query string, without `?` (empty when there is none) */
  query: string;
  status: number;
  /** ms since the epoch (with fractions) when the request arrived, before latency and faults */
  startedAt: number;
  /** ms since the epoch (with fractions) when the reply was sent */
  endedAt: number;
}

/** A group with these attributes (a name-less one unless told). */
export const newGroup = (attributes: Partial<Omit<Group, 'id'>>, now: Date): Group => ({
  id: randomUUID(),
  name: null,
  created_at: timestamp(now),
  updated_at: timestamp(now),
  ...attributes,
});

/** A person with these attributes (an email-less, invited, never-emailed one unless told). */
export const newPerson = (attributes: Partial<Omit<Person, 'id'>>, now: Date): Person => ({
  id: randomUUID(),
  email: null,
  first_name: null,
  last_name: null,
  sso_uid: null,
  registration_status: 'not_activated',
  activated_at: null,
  invite_token: null,
  disabled: false,
  invitations_sent: 0,
  created_at: timestamp(now),
  updated_at: timestamp(now),
  ...attributes,
});

export const noProgress = (): Progress => ({
  progress: 0,
  last_active_on: null,
  started_at: null,
  completed_at: null,
  score: null,
  expires_at: null,
});

/** Northpass's datetime form: UTC, whole seconds, `Z`. */
export const timestamp = (date = new Date()): string =>
  date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Now, in ms since the epoch with fractions. */
export const preciseNow = (): number => performance.timeOrigin + performance.now();

export const slug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
