/**
 * Every Northpass endpoint the app calls, and every API behaviour it relies on that Northpass has
 * not documented. Each entry carries the confidence tag from shared/northpass-api.md; the
 * unverified ones are the guesses that one edit here corrects for the whole app.
 */
const id = encodeURIComponent;

export const endpoints = {
  /** confirmed: school id and name; hidden on some plans (403). */
  school: '/v2/properties/school',
  /** confirmed */
  courses: '/v2/courses',
  course: (courseId: string) => `/v2/courses/${id(courseId)}`,
  /** confirmed: per-course enrollments, `progress` 0-100. */
  courseEnrollments: (courseId: string) => `/v2/courses/${id(courseId)}/enrollments`,
  /** confirmed; POST is likely (returns the existing group for a taken name: confirmed). */
  groups: '/v2/groups',
  group: (groupId: string) => `/v2/groups/${id(groupId)}`,
  /** likely: POST adds, DELETE removes, body `data: [{type: 'people', id}]`. */
  groupPeople: (groupId: string) => `/v2/groups/${id(groupId)}/relationships/people`,
  /** UNVERIFIED: Northpass documents the capability, not the path; copies the people relationship. */
  groupCourses: (groupId: string) => `/v2/groups/${id(groupId)}/relationships/courses`,
  /** confirmed for GET; POST likely. */
  people: '/v2/people',
  /** confirmed for GET; PATCH likely (the docs show PUT; PATCH takes a partial body). */
  person: (personId: string) => `/v2/people/${id(personId)}`,
  /** UNVERIFIED: the admin UI can resend an invitation; this API path is a guess. */
  personInvitations: (personId: string) => `/v2/people/${id(personId)}/invitations`,
} as const;

/** A record a create answered with is older than this: it existed before the request. */
const EXISTING_RECORD_AGE_MS = 10 * 60 * 1000;

/** How Northpass answers the requests whose behaviour is not documented. */
export const behaviour = {
  /**
   * UNVERIFIED: a create that found an existing record (a taken group name, a known email)
   * answers 200 rather than 201; if it answers 201 anyway, a record created more than ten
   * minutes before the request was not created by it.
   */
  isExistingRecord: (
    status: number,
    record: { attributes: { created_at?: string | null } },
    now = Date.now(),
  ): boolean => {
    const createdAt = Date.parse(record.attributes.created_at ?? '');
    return (
      status === 200 || (Number.isFinite(createdAt) && now - createdAt > EXISTING_RECORD_AGE_MS)
    );
  },
  /**
   * likely: a person's groups, as ids, from `relationships.groups.data` of a people list item
   * (the relationship is confirmed; that list responses fill in its `data` is not).
   */
  groupsRelationship: 'groups',
  /**
   * UNVERIFIED: a group's courses, as ids, from `relationships.courses.data`; when Northpass gives
   * only a link there, assignments are written and reported from the write's status instead.
   */
  coursesRelationship: 'courses',
  /**
   * UNVERIFIED: statuses that may mean "that record already exists" on a create (duplicate email,
   * duplicate group name, already a member, course already assigned).
   */
  duplicateStatuses: [409, 422] as readonly number[],
  /** UNVERIFIED: statuses that may mean "not a member" when removing people from a group. */
  notMemberStatuses: [404, 409, 422] as readonly number[],
  /**
   * likely: `cont` is a case-insensitive substring match (Ransack-style ILIKE), so one request
   * finds both the exact name and its case variants; the client then picks the match.
   */
  nameFilter: (name: string) => ({ 'filter[name][cont]': name }),
  /** likely: exact email filter; emails are lower-cased before they are sent. */
  emailFilter: (email: string) => ({ 'filter[email][eq]': email }),
  /**
   * UNVERIFIED: course enrollments sorted most recently active first, with each enrollment's
   * person embedded (JSON:API `include`), so a completion carries the learner's email.
   */
  enrollmentParams: { sort: '-last_active_on', include: 'person' },
  /** likely: the people update verb. */
  personUpdateMethod: 'PATCH',
  /** confirmed: a pending learner; anything else with `activated_at` set has joined. */
  pendingRegistrationStatus: 'not_activated',
} as const;
