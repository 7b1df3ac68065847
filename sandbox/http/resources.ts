/** The store's records as Northpass serves them: JSON:API resource objects. */
import { progressStatus } from '../store/progress.ts';
import type {
  Course,
  Enrollment,
  Group,
  LearningPath,
  PathEnrollment,
  Person,
  TranscriptEntry,
} from '../store/records.ts';
import type { Store } from '../store/store.ts';
import type { Switches } from '../store/switches.ts';

export interface Resource {
  id: string;
  type: string;
  attributes: Record<string, unknown>;
  relationships?: Record<string, unknown>;
  links?: Record<string, unknown>;
}

/** What a serialiser needs: the school, the sandbox's origin, and whether to-many ids are shown. */
export interface View {
  store: Store;
  origin: string;
  /** `relationships.*.data` (ids) as well as links */
  relationshipData: boolean;
}

const SCHOOL_SITE = 'https://acme-academy.example.com';

const toMany = (view: View, type: string, ids: string[], related: string) =>
  view.relationshipData
    ? { data: ids.map((id) => ({ type, id })), links: { related } }
    : { links: { related } };

const personLink = (personId: string) => ({ person: { data: { type: 'people', id: personId } } });

/** A course's status in the word the school uses (the switches say which). */
const courseStatus = (store: Store, status: Course['status']): string => {
  const { courseStatusWord, archivedStatus } = store.switches;
  if (status === 'published') return courseStatusWord;
  return status === 'archived' && !archivedStatus ? 'draft' : status;
};

/**
 * Where the switch says Northpass refuses to assign drafts: the index of the first course among
 * `courseIds` that the school serves as a draft (an archived one too, where there is no archived
 * status); -1 when none is, or drafts are accepted.
 */
export const refusedDraft = (store: Store, courseIds: string[]): number =>
  store.switches.draftCourseAssignment === 'accepted'
    ? -1
    : courseIds.findIndex((id) => {
        const course = store.courses.get(id);
        return course !== undefined && courseStatus(store, course.status) === 'draft';
      });

/** The detail Northpass is imagined to give when it refuses a draft. */
export const DRAFT_REFUSAL = 'Course must be published before it can be assigned';

export const courseResource = (view: View, course: Course): Resource => ({
  id: course.id,
  type: 'courses',
  attributes: {
    name: course.name,
    status: courseStatus(view.store, course.status),
    permalink: course.permalink,
    short_description: course.short_description,
    enrollments_count: view.store.enrollments(course.id).length,
    course_enrollment_link: `${SCHOOL_SITE}/c/${course.permalink}/enroll`,
    created_at: course.created_at,
    updated_at: course.updated_at,
  },
  links: {
    self: `${view.origin}/v2/courses/${course.id}`,
    enroll: { href: `${SCHOOL_SITE}/c/${course.permalink}/enroll`, methods: ['get'] },
  },
});

export const groupResource = (view: View, group: Group): Resource => ({
  id: group.id,
  type: 'groups',
  attributes: {
    name: group.name,
    created_at: group.created_at,
    updated_at: group.updated_at,
    group_enrollment_link: `${SCHOOL_SITE}/groups/${group.id}/join`,
    membership_count: view.store.members.get(group.id)?.size ?? 0,
  },
  relationships: {
    courses: toMany(
      view,
      'courses',
      [...(view.store.groupCourses.get(group.id) ?? [])],
      `${view.origin}/v2/groups/${group.id}/courses`,
    ),
  },
});

export const personResource = (view: View, person: Person): Resource => {
  const fullName = [person.first_name, person.last_name].filter(Boolean).join(' ') || null;
  return {
    id: person.id,
    type: 'people',
    attributes: {
      email: person.email,
      first_name: person.first_name,
      last_name: person.last_name,
      full_name: fullName,
      name: fullName,
      sso_uid: person.sso_uid,
      registration_status: person.registration_status,
      activated_at: person.activated_at,
      invite_token: person.invite_token,
      disabled: person.disabled,
      unsubscribed: false,
      created_at: person.created_at,
      updated_at: person.updated_at,
    },
    relationships: {
      groups: toMany(
        view,
        'groups',
        view.store.groupsOf(person.id),
        `${view.origin}/v2/people/${person.id}/groups`,
      ),
    },
  };
};

export const membershipResource = (
  groupId: string,
  personId: string,
  joinedAt: string,
): Resource => ({
  id: `${groupId}:${personId}`,
  type: 'memberships',
  attributes: { created_at: joinedAt },
  relationships: personLink(personId),
});

export const courseEnrollmentResource = (enrollment: Enrollment): Resource => ({
  id: enrollment.id,
  type: 'course_enrollments',
  attributes: {
    person_id: enrollment.personId,
    course_id: enrollment.courseId,
    progress: enrollment.progress.progress,
    enrolled_at: enrollment.enrolledAt,
    last_active_on: enrollment.progress.last_active_on,
  },
  relationships: personLink(enrollment.personId),
});

export const learningPathResource = (view: View, path: LearningPath): Resource => ({
  id: path.id,
  type: 'learning_paths',
  attributes: {
    name: path.name,
    status: path.status,
    permalink: path.permalink,
    short_description: path.short_description,
    enrollments_count: view.store.learningPathEnrollments(path.id).length,
    created_at: path.created_at,
    updated_at: path.updated_at,
  },
  relationships: {
    courses: {
      data: path.course_ids.map((id) => ({ type: 'courses', id })),
      links: { related: `${view.origin}/v2/learning-paths/${path.id}/courses` },
    },
  },
  links: { self: `${view.origin}/v2/learning-paths/${path.id}` },
});

export const pathEnrollmentResource = (enrollment: PathEnrollment): Resource => ({
  id: enrollment.id,
  type: 'learning_path_enrollments',
  attributes: {
    person_id: enrollment.personId,
    learning_path_id: enrollment.pathId,
    progress: enrollment.progress.progress,
    enrolled_at: enrollment.enrolledAt,
    last_active_on: enrollment.progress.last_active_on,
  },
  relationships: personLink(enrollment.personId),
});

/** A transcript line; its certificate's expiry as `expires_at` unless the switch leaves it out. */
export const transcriptResource = (
  entry: TranscriptEntry,
  certificateExpiry: Switches['transcriptExpiry'],
): Resource => {
  const status = progressStatus(entry.progress);
  return {
    id: entry.id,
    type: 'transcript_items',
    attributes: {
      resource_id: entry.resourceId,
      resource_type: entry.resourceType,
      name: entry.name,
      progress_status: status,
      progress: entry.progress.progress,
      enrolled_at: entry.enrolledAt,
      started_at: entry.progress.started_at,
      completed_at: entry.progress.completed_at,
      last_active_at: entry.progress.last_active_on,
      score: entry.progress.score,
      ...(certificateExpiry === 'expires_at' ? { expires_at: entry.progress.expires_at } : {}),
    },
    links: {
      certificate: status === 'completed' ? `${SCHOOL_SITE}/certificates/${entry.id}.pdf` : null,
    },
  };
};
