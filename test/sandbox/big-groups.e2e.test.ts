/**
 * Groups of 1,000 members: what whether a learner is in a group costs, counted on the sandbox's
 * request log (no wall time). Each budget names the switch positions it holds in: memberships 500
 * a page (the default) or 100 (`membershipPageLimit`), and the person filter on memberships
 * honoured, ignored or refused (`membershipPersonFilter`).
 */
import { describe, expect, it } from '@jest/globals';

import { seedBigGroups } from '../../sandbox/scenarios.ts';
import type { Store, Switches } from '../../sandbox/store.ts';
import { perform as offboardLearner } from '../../src/creates/offboard_learner.js';
import { perform as newLearner } from '../../src/triggers/new_learner.js';
import { raised } from '../raised.js';
import { questions } from './positions.js';
import { runOnSandbox, useSandbox } from './sandbox-helpers.js';

// the school's limit counts wall-clock seconds, which a loaded machine can bunch: lifted here
const sandbox = useSandbox({ switches: { rateLimitPerSecond: 1_000 } });
const MINUTE = 60_000;
const START = Date.now() - 3 * 24 * 60 * MINUTE;

const pages100 = questions.pagination.find(([, switches]) => switches.membershipPageLimit === 100);
if (!pages100) throw new Error('no position with memberships 100 a page');
const [filterIgnored, filterRefused] = questions.membershipFilter;
if (!filterIgnored || !filterRefused) throw new Error('no membership-filter positions');
const hoped: [string, Partial<Switches>] = ['pages of 500, person filter honoured', {}];

/** 1,000 learners, created a minute apart; returns their ids, oldest first. */
const seedLearners = (store: Store): string[] =>
  Array.from(
    { length: 1_000 },
    (_, index) =>
      store.insertPerson(
        { email: `member${index}@example.com`, first_name: 'Member', last_name: String(index) },
        new Date(START + index * MINUTE),
      ).id,
  );

/** Groups of 1,000 of the learners, each joined when they were created; Jane joined first. */
const seedGroups = (store: Store, count: number, jane: string, janeIn: number): string[] => {
  const learners = seedLearners(store);
  return Array.from({ length: count }, (_, index) => {
    const { group } = store.createGroup(`Cohort ${index + 1}`);
    // 1,000 members, Jane among them
    const members = index < janeIn ? learners.slice(1) : learners;
    if (index < janeIn) store.addMembers(group.id, [jane], new Date(START - MINUTE));
    members.forEach((id) => {
      const person = store.people.get(id);
      store.addMembers(group.id, [id], new Date(person?.created_at ?? START));
    });
    return group.id;
  });
};

const janeOf = (store: Store) =>
  store.createPerson({ email: 'jane@example.com', first_name: 'Jane' }, new Date(START - MINUTE))
    .person.id;

const requests = (store: Store) => store.log.filter((entry) => entry.path.startsWith('/v2/'));

describe.each([hoped, pages100, filterIgnored, filterRefused])(
  'offboarding from 3 named groups of 1,000 members, her record listing no groups, with %s',
  (label, switches) => {
    it('removes her in at most 15 requests', async () => {
      const { store } = sandbox.current();
      sandbox.switches({ ...switches, relationshipData: false });
      const jane = janeOf(store);
      const groups = seedGroups(store, 3, jane, 3);
      const result = await runOnSandbox(offboardLearner, {
        learner: 'jane@example.com',
        groups: ['Cohort 1', 'Cohort 2', 'Cohort 3'],
      });
      expect(result).toMatchObject({ outcome: 'removed', removed_group_ids: groups });
      expect(store.groupsOf(jane)).toEqual([]);
      // find, her record, one page of groups for the 3 names, and per group: page 1 of its
      // memberships, the filtered read (or page 2 of 500), the removal: 12
      expect(requests(store).length).toBeLessThanOrEqual(15);
      const walked = label === filterIgnored[0] || label === filterRefused[0];
      // filter ignored or refused: once a run the filtered read, then page 2 of 500 a group
      expect(requests(store)).toHaveLength(walked ? 13 : 12);
    });
  },
);

describe('offboarding from 3 named groups of 1,000, memberships 100 a page, filter ignored', () => {
  it('reads every page of each group (10 of 100): 11 requests a group, and one filtered read', async () => {
    const { store } = sandbox.current();
    sandbox.switches({ ...pages100[1], ...filterIgnored[1], relationshipData: false });
    const jane = janeOf(store);
    seedGroups(store, 3, jane, 3);
    const result = await runOnSandbox(offboardLearner, {
      learner: 'jane@example.com',
      groups: ['Cohort 1', 'Cohort 2', 'Cohort 3'],
    });
    expect(result).toMatchObject({ outcome: 'removed' });
    // 3 + per group 10 pages + 1 removal, + the one filtered read that found it ignored
    expect(requests(store)).toHaveLength(3 + 3 * 11 + 1);
  });
});

describe.each([hoped, pages100])('New Learner with a group of 1,000 members, with %s', (_l, s) => {
  it("polls in at most 3 requests by ID, 4 by name (one of them names the learners' groups)", async () => {
    const { store } = sandbox.current();
    sandbox.switches(s);
    const [groupId = ''] = seedGroups(store, 1, janeOf(store), 0);
    const byId = await runOnSandbox(newLearner, { group: groupId });
    expect(byId).toHaveLength(100);
    // people, memberships, and one page of groups for learner_group_names
    expect(requests(store)).toHaveLength(3);
    store.log.length = 0;
    expect(await runOnSandbox(newLearner, { group: 'Cohort 1' })).toEqual(byId);
    expect(requests(store)).toHaveLength(4);
  });
});

describe.each([hoped, pages100])(
  "the issue's school: offboarding from every group of 10 groups of 1,000, her record listing none, with %s",
  (_label, switches) => {
    it('removes her from her 3 groups in 27 requests (14 for the next run, the filter known to work)', async () => {
      const { store } = sandbox.current();
      sandbox.switches({ ...switches, relationshipData: false });
      const email = seedBigGroups(store, 10);
      const first = await runOnSandbox(offboardLearner, { learner: email });
      expect(first).toMatchObject({ outcome: 'removed' });
      expect(first.removed_group_names).toEqual(['Cohort 1', 'Cohort 2', 'Cohort 3']);
      // find, her record, the page of groups; per group page 1 and the filtered read; 3 removals;
      // and the seeded school's own small group (Existing Customers), 1 page
      expect(requests(store)).toHaveLength(3 + 10 * 2 + 3 + 1);
      store.log.length = 0;
      expect(await runOnSandbox(offboardLearner, { learner: email })).toMatchObject({
        outcome: 'not_a_member',
      });
      // the next run asks each group for her alone: 1 request a group
      expect(requests(store)).toHaveLength(3 + 11);
    });
  },
);

describe('offboarding from every group when her record lists none', () => {
  it('refuses more than 25 groups before removing any', async () => {
    const { store } = sandbox.current();
    sandbox.switches({ relationshipData: false });
    const jane = janeOf(store);
    for (let index = 0; index < 26; index += 1) {
      store.addMembers(store.createGroup(`Team ${index + 1}`).group.id, [jane]);
    }
    expect(await raised(runOnSandbox(offboardLearner, { learner: 'jane@example.com' }))).toEqual(
      expect.objectContaining({
        message:
          'The learner is in 26 groups, more than one step handles (25): name the groups to remove them from.',
      }),
    );
    expect(store.log.filter((entry) => entry.method === 'DELETE')).toEqual([]);
    expect(store.groupsOf(jane)).toHaveLength(26);
  });
});
