/**
 * `npm run verify-school` against the sandbox in positions that, together, put every switch it
 * asks about in every position: each verdict must name what the sandbox does, and nothing the
 * probe created may be left behind.
 */
import { describe, expect, it } from '@jest/globals';
import type { ZObject } from 'zapier-platform-core';

import { verifySchool } from '../../scripts/verify-school/verify.js';
import { defaultSwitches, type Switches } from '../../sandbox/store.ts';
import type { Sandbox } from '../../sandbox/server.ts';
import { runOnSandbox, useSandbox } from './sandbox-helpers.js';

const sandbox = useSandbox();

/** How many records of each kind the school has (invitations sent are not records). */
const recordCounts = () => {
  const counts: Partial<ReturnType<Sandbox['store']['counts']>> = sandbox.current().store.counts();
  delete counts.invitations_sent;
  return counts;
};

const positions: [string, Partial<Switches>][] = [
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
    },
  ],
  [
    'cont telling case apart, unknown filters ignored',
    { contCaseSensitive: true, unknownFilter: 'ignore' },
  ],
  ['every filter ignored', { ignoreFilters: true }],
  ['never-active enrollments sorted first', { sortNullsFirst: true }],
];

/** What each verdict must find, from the switches. */
const expectedFindings = (s: Switches): Record<string, string> => {
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
    'course-assignment': `works:${repeat(s.duplicateCourseAssignment)}`,
    invitation: 'works',
    'remove-non-member': repeat(s.nonMemberRemoval),
  };
};

describe.each(positions)('verify-school with %s', (_label, switches) => {
  it('finds what the sandbox does for every question, and leaves nothing behind', async () => {
    sandbox.switches(switches);
    const { store } = sandbox.current();
    // a second active learner, so that the order of enrollments can be judged
    const fundamentals = sandbox.idOf('courses', 'Product Fundamentals');
    const customers = sandbox.idOf('groups', 'Existing Customers');
    const lin = store.createPerson(
      { email: 'lin@example.com' },
      new Date('2026-01-01T00:00:00Z'),
    ).person;
    store.addMembers(customers, [lin.id]);
    store.setProgress(lin.id, fundamentals, 30, new Date('2026-07-01T00:00:00Z'));
    // and one never active, so that where a descending sort puts them can be judged
    store.addMembers(customers, [store.createPerson({ email: 'idle@example.com' }).person.id]);
    const before = recordCounts();

    const report = await runOnSandbox((z: ZObject) => verifySchool(z, 'test'));

    const findings = Object.fromEntries(
      report.verdicts.map((verdict) => [verdict.key, verdict.finding]),
    );
    expect(findings).toEqual(expectedFindings({ ...defaultSwitches, ...switches }));
    expect(report).toMatchObject({ unanswered: [], leftBehind: [] });
    expect(recordCounts()).toEqual(before);
    expect(store.findGroupByName('Zapier Verify test')).toBeUndefined();
  });
});
