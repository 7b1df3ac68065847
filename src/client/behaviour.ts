/**
 * Every detail of Northpass's API that its documentation leaves open, in one place: the
 * unverified paths, and for each open question the answer the app hopes for plus how it finds out
 * and copes when Northpass answers otherwise. Confidence tags are those of
 * shared/northpass-api.md. One edit here corrects a guess for the whole app. Each question, its
 * hope, its alternatives (sandbox switches), its learned fact and its verify-school probe are
 * registered in src/questions/, from which docs/open-questions.md is made.
 */
import { idSegment } from './jsonapi.js';

export const behaviour = {
  /** UNVERIFIED path: Northpass documents assigning courses to a group, not the endpoint. */
  groupCoursesPath: (groupId: string) => `/v2/groups/${idSegment(groupId)}/relationships/courses`,
  /**
   * UNVERIFIED path: JSON:API's inverse of `groupCoursesPath`, body `data: [{type: 'groups', id}]`,
   * one request per course. Tried only when the group's route is missing (404/405 for a group a
   * read-back shows exists); the route that worked is remembered (`courseAssignmentRoute`).
   */
  courseGroupsPath: (courseId: string) => `/v2/courses/${idSegment(courseId)}/relationships/groups`,
  /**
   * UNVERIFIED path: the admin UI can resend an invitation; this API path is a guess. A 404/405
   * for a learner a read-back shows exists means the school's API has no such route.
   */
  invitationsPath: (personId: string) => `/v2/people/${idSegment(personId)}/invitations`,

  /**
   * likely: PUT with a partial body updates a person (two production codebases send it; another
   * sends PATCH). Tried in this order; the next verb is tried only when Northpass says the route
   * itself is missing (405, or 404 for a learner this step has just read). The verb that worked
   * is remembered.
   */
  personUpdateVerbs: ['PUT', 'PATCH'] as const,

  /**
   * UNVERIFIED: a create that found an existing record (a taken group name, a known email)
   * answers 200 rather than 201. If it answers 201 anyway, a record created well before the
   * answer was not created by this request: judged by Northpass's own clock (the answer's `Date`
   * header, 10 s of slack), or by ours with ten minutes of slack when it sends none.
   */
  isExistingRecord: (
    status: number,
    record: { attributes: { created_at?: string | null } },
    answeredAt?: number,
  ): boolean => {
    const createdAt = Date.parse(record.attributes.created_at ?? '');
    if (status === 200) return true;
    if (!Number.isFinite(createdAt)) return false;
    return answeredAt !== undefined && Number.isFinite(answeredAt)
      ? answeredAt - createdAt > 10 * 1000
      : Date.now() - createdAt > 10 * 60 * 1000;
  },
  /**
   * UNVERIFIED: statuses that may mean "that record already exists" (duplicate email or group
   * name, already a member, course already assigned). Never believed on their own: the record or
   * relationship is read back, or Northpass's reason must say so (`alreadyReason`).
   */
  duplicateStatuses: [409, 422] as readonly number[],
  /** UNVERIFIED: statuses that may mean "not a member" when removing people from a group. */
  notMemberStatuses: [404, 409, 422] as readonly number[],
  /** UNVERIFIED: Northpass's words for "that is already so" (no sample of them is public). */
  alreadyReason: /\balready\b/i,
  /** UNVERIFIED: Northpass's words for "they were not a member" on a removal. */
  notMemberReason: /\bnot (?:a )?member\b|\bnot in (?:the|this) group\b/i,

  /**
   * likely: `relationships.<x>.data` lists related ids on a single-record read. On list responses
   * it is unverified, with weak evidence against: an empty or missing list there proves nothing,
   * so memberships are read from `GET /v2/groups/{id}/memberships` (confirmed) instead.
   */
  groupsRelationship: 'groups',
  /** UNVERIFIED: a group's courses as ids in `relationships.courses.data` of a group read. */
  coursesRelationship: 'courses',

  /**
   * `filter[name][cont]` is documented as SQL LIKE, which may be case-sensitive. The app hopes it
   * is not; on a miss it checks once per connection (`nameSearch` in learned facts), and falls
   * back to `filter[name][i_cont]` (Ransack's case-insensitive predicate, undocumented) or to a
   * bounded walk of the whole list.
   */
  nameFilter: (name: string, predicate: 'cont' | 'i_cont' = 'cont') => ({
    [`filter[name][${predicate}]`]: name,
  }),
  /** likely: exact email filter; emails are lower-cased before they are sent. */
  emailFilter: (email: string) => ({ 'filter[email][eq]': email }),
  /** UNVERIFIED on people (`in` is seen on webhooks only): several people by id in one request. */
  idsFilter: (ids: string[]) => ({ 'filter[id][in]': ids.join(',') }),

  /**
   * `sort` is documented "for endpoints that support sorting", which ones is unverified; one
   * connector says list endpoints keep a fixed order. Sent as an optional parameter (a 400 drops
   * it), and the order of each page is checked rather than trusted.
   */
  newestFirst: { sort: '-created_at' },
  byName: { sort: 'name' },
  byEmail: { sort: 'email' },
  /**
   * UNVERIFIED: course and learning-path enrollments most recently active first, with each
   * enrollment's person embedded (JSON:API `include`). Both optional; without `include`, the
   * people are looked up (batched by `idsFilter` where it works).
   */
  recentlyActive: { sort: '-last_active_on' },
  recentlyEnrolled: { sort: '-enrolled_at' },
  includePerson: { include: 'person' },

  /** confirmed: a pending learner; anything else with `activated_at` set has joined. */
  pendingRegistrationStatus: 'not_activated',

  /**
   * likely (one production sync reads it): a transcript entry's score, read for New Course
   * Completion's `score` (its `certificate_url` is the entry's `certificateLink`).
   */
  transcriptScore: 'score',
  /**
   * Webhook bodies (sent by Northpass's Webhooks app; no API subscribes). confirmed: the JSON:API
   * envelope with `included` inside `data`, `attributes.created_at`, the learner under `included`
   * of a learner-created event, and the signature: Base64 HMAC-SHA256 of the raw body keyed with
   * the school's webhook secret. likely: `course_completed_events`. UNVERIFIED: the relationship
   * names below, the learning path's type, and where a completion's score sits (`score`, or
   * `value` as quiz-completed events carry it): question `webhook-events`.
   */
  webhookRelationships: { person: 'person', course: 'course', learningPath: 'learning_path' },
  webhookIncludedTypes: {
    person: ['people'],
    course: ['courses'],
    learningPath: ['learning_paths', 'learning-paths'],
  },
  webhookScoreAttributes: ['score', 'value'],
  /** confirmed: Northpass's event types end so (`learner_created_events`). */
  webhookEventType: /^[a-z][a-z0-9_]*_events$/,
  /**
   * likely (production code reads both): a transcript item's certificate expiry, an attribute
   * (null or absent when the certificate does not expire), and its certificate, a link.
   */
  certificateExpiry: 'expires_at',
  certificateLink: 'certificate',
  /**
   * UNVERIFIED: a group's memberships asked for one person's, so that whether a learner is in a
   * group of any size is one request. Asked only of groups of more than one page of memberships
   * until it is seen to work; an answer listing anyone else (or a 400) means it is not, learned
   * for the connection (`membershipPersonFilter`).
   */
  membershipPersonFilter: (personId: string) => ({ 'filter[person_id][eq]': personId }),
} as const;
