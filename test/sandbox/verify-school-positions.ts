/**
 * The sandbox positions verify-school is run in (together, every switch it asks about in every
 * position), and what each verdict must find in each.
 */
import { type Switches } from '../../sandbox/store.ts';

export const positions: [string, Partial<Switches>][] = [
  ['as hoped', {}],
  [
    'every question answered the other way, i_cont existing',
    {
      contCaseSensitive: true,
      caseInsensitivePredicate: true,
      listSort: false,
      listRelationshipData: false,
      relationshipData: false,
      enrollmentInclude: 'ignored',
      enrollmentSort: 'ignored',
      inPredicate: false,
      unknownFilter: 'ignore',
      nextLinkKeepsLimit: false,
      duplicateGroupName: 'reject-422',
      duplicateEmail: 'reject-422',
      duplicateMembership: 'reject-422',
      duplicateCourseAssignment: 'reject-422',
      personUpdateVerbs: 'patch',
      missingVerbStatus: 405,
      pageSizeOverride: 150,
      nonMemberRemoval: 'reject-422',
      webhookIncluded: 'none',
      webhookScore: 'value',
      membershipPersonFilter: 'ignored',
      membershipPageLimit: 100,
      batchMembership: 'partial',
    },
  ],
  [
    'refusals with 400, 201 for existing records, both verbs',
    {
      contCaseSensitive: true,
      inPredicate: false,
      enrollmentInclude: 'reject-400',
      enrollmentSort: 'reject-400',
      existingStatus: 201,
      personUpdateVerbs: 'both',
      nextLinkKeepsLimit: false,
      nonMemberRemoval: 'reject-404',
      membershipPersonFilter: 'reject-400',
    },
  ],
  [
    'refusals with 409',
    {
      duplicateGroupName: 'reject-409',
      duplicateEmail: 'reject-409',
      duplicateMembership: 'reject-409',
      duplicateCourseAssignment: 'reject-409',
      nonMemberRemoval: 'reject-409',
      webhookIncluded: 'person',
    },
  ],
  [
    'cont telling case apart, unknown filters ignored',
    { contCaseSensitive: true, unknownFilter: 'ignore' },
  ],
  [
    'every filter ignored, no route assigns courses',
    { ignoreFilters: true, courseAssignmentRoute: 'none' },
  ],
  [
    'only the inverse course route, no invitation route',
    {
      courseAssignmentRoute: 'course',
      invitationRoute: false,
      duplicateCourseAssignment: 'reject-422',
    },
  ],
  ['never-active enrollments sorted first', { sortNullsFirst: true }],
];

/** What each verdict must find, from the switches. */
export const expectedFindings = (s: Switches): Record<string, string> => {
  const search = s.ignoreFilters
    ? 'walk'
    : !s.contCaseSensitive
      ? 'cont'
      : s.caseInsensitivePredicate
        ? 'i_cont'
        : 'walk';
  const handled = (value: Switches['enrollmentSort']) =>
    value === 'reject-400' ? 'refused' : value;
  const existing = (value: Switches['duplicateEmail']) =>
    value === 'return-existing'
      ? `existing-${s.existingStatus}`
      : value.replace('reject', 'refused');
  const repeat = (value: Switches['nonMemberRemoval']) => value.replace('reject', 'refused');
  return {
    school: 'named',
    'name-search:courses': search,
    'name-search:groups': search,
    'course-status': 'published',
    'enrollment-progress': 'present',
    'certificate-expiry': s.transcriptExpiry === 'absent' ? 'absent' : 'present',
    'email-case': s.ignoreFilters ? 'unjudged' : s.emailCase === 'ignored' ? 'ignored' : 'exact',
    'not-found-body': 'record:404-json,list:200-json',
    'sort:people': s.listSort ? 'honoured' : 'ignored',
    'sort:groups': s.listSort ? 'honoured' : 'ignored',
    'sort:courses': s.listSort ? 'honoured' : 'ignored',
    'list-relationships': s.listRelationshipData ? 'ids' : 'none',
    paging: s.pageSizeOverride
      ? 'no-limit:no-next'
      : `limit:${s.nextLinkKeepsLimit ? 'keeps' : 'drops'}`,
    enrollments: `include:${handled(s.enrollmentInclude)},sort:${handled(s.enrollmentSort)}${
      s.enrollmentSort === 'honoured' ? `,undated:${s.sortNullsFirst ? 'first' : 'last'}` : ''
    }`,
    'ids-filter':
      s.inPredicate && !s.ignoreFilters
        ? 'works'
        : s.unknownFilter === 'ignore' || s.ignoreFilters
          ? 'ignored'
          : 'refused',
    'email-filter': s.ignoreFilters ? 'ignored' : 'works',
    'duplicate-group': existing(s.duplicateGroupName),
    'group-name-case': 'duplicated',
    'duplicate-email': existing(s.duplicateEmail),
    'update-verb': { put: 'PUT', patch: 'PATCH', both: 'PUT+PATCH' }[s.personUpdateVerbs],
    'duplicate-membership': repeat(s.duplicateMembership),
    'single-relationships': s.relationshipData ? 'ids' : 'none',
    'course-assignment':
      s.courseAssignmentRoute === 'none'
        ? 'missing-404'
        : `${s.courseAssignmentRoute === 'group' ? 'works' : 'inverse'}:${repeat(s.duplicateCourseAssignment)}`,
    invitation: s.invitationRoute ? 'works' : 'missing-404',
    'remove-non-member': repeat(s.nonMemberRemoval),
    'batch-membership': s.batchMembership === 'partial' ? 'partial-422' : 'whole-422',
    'webhook-events': `included:${s.webhookIncluded},score:${s.webhookScore}`,
    'membership-filter': s.ignoreFilters
      ? 'ignored'
      : { honoured: 'works', ignored: 'ignored', 'reject-400': 'refused' }[
          s.membershipPersonFilter
        ],
  };
};
