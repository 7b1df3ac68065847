/**
 * The school shapes of issue #23 (scripts/bench/shapes.ts), run on the sandbox after a first call
 * on the connection: each budget pinned in requests and round trips, in the switch positions it
 * holds in, and docs/requests.md's measured table checked against what the runs count. Round
 * trips are read off the request log at 300 ms of latency, where a chain of answers cannot hide;
 * no wall time is asserted (that is `npm run bench`).
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';

import App from '../../index.js';
import {
  documentedTable,
  requestTable,
  runShape,
  shapes,
  switchesOf,
  tableCells,
} from '../../scripts/bench/shapes.ts';
import type { Switches } from '../../sandbox/store.ts';
import { useSandbox } from './sandbox-helpers.js';

// the school's limit counts wall-clock seconds, which a loaded machine can bunch: lifted here
const sandbox = useSandbox({ switches: { rateLimitPerSecond: 1_000 } });

const shape = (id: string) => {
  const found = shapes.find((item) => item.id === id);
  if (!found) throw new Error(`no shape ${id}`);
  return found;
};
const run = (id: string, switches: Partial<Switches> = {}, latencyMs = 0) =>
  runShape(App, sandbox.current(), shape(id), { switches, latencyMs });

const hoped: [string, Partial<Switches>] = ['Northpass as hoped', {}];
const linksOnly: [string, Partial<Switches>] = [
  'relationships as links only',
  switchesOf([['record-relationships', 'relationships as links only, everywhere']]),
];
const iCont: [string, Partial<Switches>] = [
  'cont tells case apart, i_cont exists',
  switchesOf([['name-search', 'cont tells case apart, i_cont exists']]),
];
const noICont: [string, Partial<Switches>] = [
  'cont tells case apart, no i_cont',
  switchesOf([['name-search', 'cont tells case apart, no i_cont']]),
];

describe('a new group, after the first call on the connection', () => {
  it.each([hoped, linksOnly, noICont])(
    'Onboard Learner with one new group and one course: 7 requests in 4 round trips (%s)',
    async (_, switches) => {
      const result = await run('onboard-new-group', switches, 300);
      expect(result).toMatchObject({ requests: 7, roundTrips: 4 });
      expect(result.output).toMatchObject({ group_names: ['Brand New'] });
    },
  );

  it.each([hoped, iCont])(
    'the same in a school of 1,000 groups sharing a word: 7 requests in 4 round trips (%s)',
    async (_, switches) => {
      expect(await run('onboard-new-group-thousand', switches, 300)).toMatchObject({
        requests: 7,
        roundTrips: 4,
      });
    },
  );

  it.each([
    ['create-group', ...hoped],
    ['create-group', ...noICont],
    ['create-group-thousand', ...hoped],
    ['create-group-thousand', ...iCont],
  ] as const)('Create Group for a new name: 3 requests (%s, %s)', async (id, _, switches) => {
    const result = await run(id, switches);
    expect(result).toMatchObject({
      requests: 3,
      output: { name: 'Brand New', outcome: 'created' },
    });
  });

  it('answers every name of a school whose list fits in one page from that page', async () => {
    await run('create-group');
    const groupReads = sandbox
      .current()
      .store.log.filter((entry) => entry.method === 'GET' && entry.path.startsWith('/v2/groups'));
    expect(groupReads.map((entry) => decodeURIComponent(entry.path))).toEqual([
      '/v2/groups?limit=100&sort=name',
      '/v2/groups?limit=100&sort=name',
    ]);
  });
});

describe('an existing learner', () => {
  it("reads no memberships when the create's answer lists her groups, and says she was added", async () => {
    const result = await run('onboard-existing-learner', {}, 300);
    // 5 requests in 3 round trips, and the page naming her other group (learner_group_names,
    // issue #21) read beside the membership write: 6 in 3
    expect(result).toMatchObject({ requests: 6, roundTrips: 3 });
    const { log } = sandbox.current().store;
    expect(log.filter((entry) => entry.path.includes('memberships'))).toHaveLength(0);
    expect(result.output).toMatchObject({
      learner_outcome: 'existing',
      summary: expect.stringContaining('added to Partners'),
      learner_group_names: ['Existing Customers', 'Partners'],
    });
  });

  it('takes 4 when it does not: her membership is read, not guessed from a 2xx', async () => {
    const result = await run('onboard-existing-learner', linksOnly[1], 300);
    expect(result).toMatchObject({ requests: 6, roundTrips: 4 });
    const reads = sandbox.current().store.log.filter((entry) => entry.path.includes('memberships'));
    expect(reads).toHaveLength(1);
    expect(result.output).toMatchObject({ summary: expect.stringContaining('added to Partners') });
  });
});

describe("docs/requests.md's measured table", () => {
  it('states what the shapes cost on the sandbox, as hoped and at worst', async () => {
    const rows = [];
    for (const item of shapes) {
      const best = await runShape(App, sandbox.current(), item);
      const worst = await runShape(App, sandbox.current(), item, {
        switches: switchesOf(item.worst),
      });
      rows.push({ shape: item, best: best.requests, worst: worst.requests });
    }
    // names in a big school: 25 groups × 25 courses among 1,000 groups sharing a word, at most 80
    // (the groups' first page, the courses' page, 25 group searches, 51 writes)
    expect(rows.find((row) => row.shape.id === 'onboard-25-thousand')?.best).toBe(78);
    const document = readFileSync(new URL('../../docs/requests.md', import.meta.url), 'utf8');
    expect(documentedTable(document)).toEqual(tableCells(requestTable(rows)));
  }, 120_000);
});
