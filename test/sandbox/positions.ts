import type { Switches } from '../../sandbox/store.ts';

type Position = [label: string, switches: Partial<Switches>];

const hoped: Position = ['Northpass as hoped', {}];

/**
 * Every way the real Northpass might answer an open question (each a sandbox switch position),
 * grouped by the question. End-to-end tests run the main job in all of them, and each affected
 * operation in its question's positions (and the hoped one).
 */
export const questions: Record<
  | 'duplicates'
  | 'relationships'
  | 'updateVerb'
  | 'nameSearch'
  | 'filters'
  | 'listSort'
  | 'enrollments'
  | 'pagination',
  Position[]
> = {
  duplicates: [
    [
      'duplicates refused with 422',
      {
        duplicateEmail: 'reject-422',
        duplicateGroupName: 'reject-422',
        duplicateMembership: 'reject-422',
        duplicateCourseAssignment: 'reject-422',
      },
    ],
    ['existing records answered with 201', { existingStatus: 201 }],
  ],
  relationships: [
    [
      'relationships as links only, everywhere',
      { relationshipData: false, listRelationshipData: false },
    ],
    ['lists without relationship data', { listRelationshipData: false }],
  ],
  updateVerb: [
    ['people updated by PATCH only (PUT: 404)', { personUpdateVerbs: 'patch' }],
    [
      'people updated by PATCH only (PUT: 405)',
      { personUpdateVerbs: 'patch', missingVerbStatus: 405 },
    ],
    ['people updated by PUT or PATCH', { personUpdateVerbs: 'both' }],
  ],
  nameSearch: [
    ['cont tells case apart, no i_cont', { contCaseSensitive: true }],
    [
      'cont tells case apart, i_cont exists',
      { contCaseSensitive: true, caseInsensitivePredicate: true },
    ],
    [
      'cont tells case apart, unknown filters ignored',
      { contCaseSensitive: true, unknownFilter: 'ignore' },
    ],
  ],
  filters: [['every filter ignored (lists take only page and limit)', { ignoreFilters: true }]],
  listSort: [['sort ignored on lists', { listSort: false }]],
  enrollments: [
    ['enrollments not sorted', { enrollmentSort: 'ignored' }],
    ['sort refused on enrollments (400)', { enrollmentSort: 'reject-400' }],
    ['never-active enrollments first in a descending sort', { sortNullsFirst: true }],
    ['include ignored on enrollments', { enrollmentInclude: 'ignored' }],
    ['include refused on enrollments (400)', { enrollmentInclude: 'reject-400' }],
    ['include ignored, no in filter', { enrollmentInclude: 'ignored', inPredicate: false }],
    [
      'include ignored, unknown filters ignored',
      { enrollmentInclude: 'ignored', inPredicate: false, unknownFilter: 'ignore' },
    ],
    ['a learner listed twice in enrollments', { duplicateEnrollmentRows: true }],
  ],
  pagination: [
    ['next links without limit', { nextLinkKeepsLimit: false }],
    ['limit ignored (pages of 150)', { pageSizeOverride: 150 }],
    ['empty lists as data: [] instead of 404', { emptyCollection404: false }],
  ],
};

/** The hoped position and every alternative. */
export const allPositions: Position[] = [hoped, ...Object.values(questions).flat()];

/** The hoped position and the alternatives of the named questions. */
export const positionsFor = (...names: (keyof typeof questions)[]): Position[] => [
  hoped,
  ...names.flatMap((name) => questions[name]),
];
