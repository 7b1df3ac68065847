/**
 * Every behaviour Northpass has not documented is a switch, so tests can run the app against each
 * way the real API might answer. The defaults are what the app hopes for (documented or likely).
 */

export type Latency = number | { min: number; max: number };

type Handling = 'honoured' | 'ignored' | 'reject-400';

/** A refusal of a write that finds it already so, by its status. */
export type Refusal = 'reject-422' | 'reject-409';

export interface Switches {
  /** POST /v2/people with a known email: the existing person (documented), or a 422 or 409. */
  duplicateEmail: 'return-existing' | Refusal;
  /** POST /v2/groups with a taken name: the existing group (documented), or a 422 or 409. */
  duplicateGroupName: 'return-existing' | Refusal;
  /** The status of a create that returned an existing record: 200, or 201 as for a new one. */
  existingStatus: 200 | 201;
  /** Adding a member twice: a silent 204, or a 422 or 409. */
  duplicateMembership: 'silent' | Refusal;
  /** Assigning a course to a group twice: a silent 204, or a 422 or 409. */
  duplicateCourseAssignment: 'silent' | Refusal;
  /**
   * The route that assigns courses to groups: the group's `relationships/courses`, only the
   * course's `relationships/groups` (JSON:API's inverse), or neither (404 "no route").
   */
  courseAssignmentRoute: 'group' | 'course' | 'none';
  /** `POST /v2/people/{id}/invitations` exists, or answers 404 "no route". */
  invitationRoute: boolean;
  /** Removing someone who is not a member: a silent 204, or a 404, 409 or 422. */
  nonMemberRemoval: 'silent' | 'reject-404' | Refusal;
  /**
   * Emails: kept as given with `filter[email][eq]` ignoring letter case, lower-cased when stored,
   * or kept as given with `eq` telling case apart (Jane@Acme.com is not found by jane@acme.com).
   */
  emailCase: 'ignored' | 'lowered' | 'exact';
  /** The body of every 404: Northpass's JSON errors, nothing, or a web page (a proxy's). */
  notFoundBody: 'json' | 'empty' | 'html';
  /** Single-record reads and create answers carry `relationships.*.data` (ids), or links only. */
  relationshipData: boolean;
  /** People, groups and courses lists carry `relationships.*.data` (ids), or links only. */
  listRelationshipData: boolean;
  /** Memberships and enrollments answer 404 `{"errors":[]}` for an empty list, or `data: []`. */
  emptyCollection404: boolean;
  /** Requests a second allowed per API key before a plain-text 429. */
  rateLimitPerSecond: number;
  /** Which verbs update a person: PUT (what production code sends), PATCH, or both. */
  personUpdateVerbs: 'both' | 'put' | 'patch';
  /** A verb Northpass has no route for: its JSON:API 404 "no route", or a 405. */
  missingVerbStatus: 404 | 405;
  /** `filter[attr][cont]`/`not_cont`: case-sensitive SQL LIKE, or case-insensitive ILIKE. */
  contCaseSensitive: boolean;
  /** Ransack's case-insensitive `filter[attr][i_cont]` exists, or is an unknown predicate. */
  caseInsensitivePredicate: boolean;
  /** An unknown filter predicate: a 400 naming the parameter, or ignored (list unfiltered). */
  unknownFilter: 'reject-400' | 'ignore';
  /** Every `filter[…]` is ignored: lists take only page, limit and q (one connector's belief). */
  ignoreFilters: boolean;
  /** `filter[attr][in]=a,b,c` works, or is an unknown predicate. */
  inPredicate: boolean;
  /** `sort` is honoured on people, groups, courses, memberships, learning paths; or fixed id order. */
  listSort: boolean;
  /** `sort` on course and learning-path enrollments: honoured, ignored (id order), or a 400. */
  enrollmentSort: Handling;
  /**
   * A descending sort puts records without the value (an enrollment never active) first, as
   * PostgreSQL does by default, or last.
   */
  sortNullsFirst: boolean;
  /** `include=person` on course and learning-path enrollments: honoured, ignored, or a 400. */
  enrollmentInclude: Handling;
  /** `links.self/prev/next` keep the client's `limit`, or drop it (as Northpass's guide shows). */
  nextLinkKeepsLimit: boolean;
  /** Every list answers pages of this size whatever `limit` asks (a server ignoring `limit`). */
  pageSizeOverride: number | null;
  /** Course enrollments list one row per learner, or one per (group, learner) with its own id. */
  duplicateEnrollmentRows: boolean;
  /** The `status` word of a published course: `published`, or `live` (as production code reads). */
  courseStatusWord: 'published' | 'live';
  /** Archived courses say `archived`, or `draft` (a school with no archived status). */
  archivedStatus: boolean;
  /** Course and learning-path enrollments carry `progress`, or leave the attribute out. */
  enrollmentProgress: 'present' | 'absent';
  /** Webhook bodies carry the learner and the course under `included`, the learner only, or ids only. */
  webhookIncluded: 'all' | 'person' | 'none';
  /** A completion's score in webhook bodies: `attributes.score`, or `attributes.value` (as quiz events). */
  webhookScore: 'score' | 'value';
  /**
   * Transcript items carry a certificate's expiry as `expires_at` (what production code reads;
   * null when it does not expire), or leave the attribute out (a school or API version without it).
   */
  transcriptExpiry: 'expires_at' | 'absent';
  /** A delay before every /v2/ answer in ms, fixed or uniformly random in a range: the network. */
  latencyMs: Latency;
  /** The most memberships a page holds (`limit` above it is cut): 500 (has worked), or 100. */
  membershipPageLimit: 500 | 100;
  /**
   * `filter[person_id][eq]` on a group's memberships: honoured (that person's membership only),
   * ignored (every membership listed), or a 400 naming the parameter.
   */
  membershipPersonFilter: Handling;
  /** Assigning a course whose status reads draft: accepted, or refused with 422 "must be published". */
  draftCourseAssignment: 'accepted' | 'reject-422';
  /**
   * A batch of people added to a group with one unknown person: refused whole with 422 (nothing
   * added), the others added and then 422, or every batch of more than one person refused (422).
   */
  batchMembership: 'whole' | 'partial' | 'single';
}

export const defaultSwitches: Switches = {
  duplicateEmail: 'return-existing',
  duplicateGroupName: 'return-existing',
  existingStatus: 200,
  duplicateMembership: 'silent',
  duplicateCourseAssignment: 'silent',
  courseAssignmentRoute: 'group',
  invitationRoute: true,
  nonMemberRemoval: 'silent',
  emailCase: 'ignored',
  notFoundBody: 'json',
  relationshipData: true,
  listRelationshipData: true,
  emptyCollection404: true,
  rateLimitPerSecond: 10,
  personUpdateVerbs: 'put',
  missingVerbStatus: 404,
  contCaseSensitive: false,
  caseInsensitivePredicate: false,
  unknownFilter: 'reject-400',
  ignoreFilters: false,
  inPredicate: true,
  listSort: true,
  enrollmentSort: 'honoured',
  sortNullsFirst: false,
  enrollmentInclude: 'honoured',
  nextLinkKeepsLimit: true,
  pageSizeOverride: null,
  duplicateEnrollmentRows: false,
  courseStatusWord: 'published',
  archivedStatus: true,
  enrollmentProgress: 'present',
  webhookIncluded: 'all',
  webhookScore: 'score',
  transcriptExpiry: 'expires_at',
  latencyMs: 0,
  membershipPageLimit: 500,
  membershipPersonFilter: 'honoured',
  draftCourseAssignment: 'accepted',
  batchMembership: 'whole',
};

const handling = { enum: ['honoured', 'ignored', 'reject-400'] };
const milliseconds = { type: 'integer', minimum: 0 };
const refusals = ['reject-422', 'reject-409'] as const;

/** The status of a refusal switch's position. */
export const refusalStatus = (refusal: Refusal | 'reject-404'): number =>
  Number(refusal.slice('reject-'.length));

/** The switches of the environment (the network, the rate limit), not of open questions. */
export const environmentSwitches = ['latencyMs', 'rateLimitPerSecond'] as const;

/** The body of `POST /_sandbox/switches`: any subset of the switches, nothing else. */
export const switchesSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    duplicateEmail: { enum: ['return-existing', ...refusals] },
    duplicateGroupName: { enum: ['return-existing', ...refusals] },
    existingStatus: { enum: [200, 201] },
    duplicateMembership: { enum: ['silent', ...refusals] },
    duplicateCourseAssignment: { enum: ['silent', ...refusals] },
    courseAssignmentRoute: { enum: ['group', 'course', 'none'] },
    invitationRoute: { type: 'boolean' },
    nonMemberRemoval: { enum: ['silent', 'reject-404', ...refusals] },
    emailCase: { enum: ['ignored', 'lowered', 'exact'] },
    notFoundBody: { enum: ['json', 'empty', 'html'] },
    relationshipData: { type: 'boolean' },
    listRelationshipData: { type: 'boolean' },
    ignoreFilters: { type: 'boolean' },
    emptyCollection404: { type: 'boolean' },
    rateLimitPerSecond: { type: 'integer', minimum: 1 },
    personUpdateVerbs: { enum: ['both', 'put', 'patch'] },
    missingVerbStatus: { enum: [404, 405] },
    contCaseSensitive: { type: 'boolean' },
    caseInsensitivePredicate: { type: 'boolean' },
    unknownFilter: { enum: ['reject-400', 'ignore'] },
    inPredicate: { type: 'boolean' },
    listSort: { type: 'boolean' },
    enrollmentSort: handling,
    sortNullsFirst: { type: 'boolean' },
    enrollmentInclude: handling,
    nextLinkKeepsLimit: { type: 'boolean' },
    pageSizeOverride: { anyOf: [{ type: 'integer', minimum: 1 }, { type: 'null' }] },
    duplicateEnrollmentRows: { type: 'boolean' },
    courseStatusWord: { enum: ['published', 'live'] },
    archivedStatus: { type: 'boolean' },
    enrollmentProgress: { enum: ['present', 'absent'] },
    webhookIncluded: { enum: ['all', 'person', 'none'] },
    webhookScore: { enum: ['score', 'value'] },
    transcriptExpiry: { enum: ['expires_at', 'absent'] },
    latencyMs: {
      if: { type: 'object' },
      then: {
        type: 'object',
        additionalProperties: false,
        required: ['min', 'max'],
        properties: { min: milliseconds, max: milliseconds },
      },
      else: milliseconds,
    },
    membershipPageLimit: { enum: [500, 100] },
    membershipPersonFilter: handling,
    draftCourseAssignment: { enum: ['accepted', 'reject-422'] },
    batchMembership: { enum: ['whole', 'partial', 'single'] },
  },
} as const;

/** `300` or `100-500` (as in SANDBOX_LATENCY_MS) as a latency; anything else is an error. */
export const parseLatency = (text: string): Latency => {
  const match = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(text);
  if (!match) throw new Error(`latency must be "300" or "100-500", not "${text}"`);
  const min = Number(match[1]);
  if (match[2] === undefined) return min;
  const max = Number(match[2]);
  if (max < min) throw new Error(`latency range "${text}" ends before it starts`);
  return { min, max };
};

/** One draw of the latency, in ms. */
export const drawLatency = (latency: Latency): number =>
  typeof latency === 'number' ? latency : latency.min + Math.random() * (latency.max - latency.min);
