/**
 * The school shapes `npm run bench` measures and the request table in docs/requests.md states:
 * each an operation run on the sandbox after a first call on the same connection (what a Zap's
 * second run finds), as hoped and in the worst answer the registry names for it. Request counts
 * and round trips are read off the sandbox's log; the step's wall time is taken at the client,
 * around the perform. The sandbox end-to-end test (test/sandbox/shapes.e2e.test.ts) runs the same
 * shapes, pins their budgets and checks the table; the bench adds latency and the clock.
 */
import zapier from 'zapier-platform-core';
import type { Bundle, ZObject } from 'zapier-platform-core';

import { questions } from '../../src/questions/index.ts';
import { measure } from '../../sandbox/metrics.ts';
import { seedBigGroups } from '../../sandbox/scenarios.ts';
import { SANDBOX_API_KEY, type Sandbox } from '../../sandbox/server.ts';
import type { Store, Switches } from '../../sandbox/store.ts';
import { addCourse } from '../../sandbox/store/seed.ts';
import type { AppDefinition } from '../../sandbox/zap.ts';

type Input = Record<string, unknown>;
type Kind = 'triggers' | 'searches' | 'creates';

interface Call {
  kind: Kind;
  key: string;
  input: Input;
}

export interface Shape {
  id: string;
  /** The row's operation and what it is asked, as the table says it. */
  operation: string;
  /** The school it runs in, as the table says it. */
  school: string;
  seed: (store: Store) => void;
  /** The call before, on the same connection (another container: paced apart). */
  first?: Call;
  call: Call;
  /** The registry's positions (question id and alternative label) of the worst case. */
  worst: [question: string, label: string][];
}

/** Switches of the registry's positions, merged; a label the registry lacks is an error. */
export const switchesOf = (positions: Shape['worst']): Partial<Switches> =>
  Object.assign(
    {},
    ...positions.map(([id, label]) => {
      const found = questions
        .find((question) => question.id === id)
        ?.alternatives.find((alternative) => alternative.label === label);
      if (!found) throw new Error(`the registry has no position "${label}" of ${id}`);
      return found.switches;
    }),
  ) as Partial<Switches>;

const onboard = (email: string, groups: string[], courses: string[], create = false): Call => ({
  kind: 'creates',
  key: 'onboard_learner',
  input: { email, groups, courses, ...(create ? { create_missing_groups: true } : {}) },
});

const thousandTeams = (store: Store) => {
  for (let index = 1; index <= 1_000; index += 1) store.createGroup(`Team ${index}`);
};

/** 25 names typed as stored, none a prefix of another group's (a prefix costs a page more). */
const teams = Array.from({ length: 25 }, (_, index) => `Team ${501 + index * 17}`);
const modules = Array.from({ length: 25 }, (_, index) => `Module ${index + 1}`);

const LINKS_ONLY: Shape['worst'] = [
  ['record-relationships', 'relationships as links only, everywhere'],
];
const I_CONT: Shape['worst'] = [['name-search', 'cont tells case apart, i_cont exists']];
const SMALL = 'seeded: 1 group, 4 courses';
const THOUSAND = '1,000 groups named "Team …"';

export const shapes: Shape[] = [
  {
    id: 'onboard-existing-group',
    operation: 'Onboard Learner: new learner, 1 existing group × 1 course it lacks',
    school: SMALL,
    seed: () => undefined,
    first: onboard('first@example.com', ['Existing Customers'], []),
    call: onboard(
      'new.partner@example.com',
      ['Existing Customers'],
      ['Partner Sales Certification'],
    ),
    worst: LINKS_ONLY,
  },
  {
    id: 'onboard-new-group',
    operation: 'Onboard Learner: new learner, 1 new group × 1 existing course',
    school: SMALL,
    seed: () => undefined,
    first: onboard('first@example.com', ['First New'], [], true),
    call: onboard('new.partner@example.com', ['Brand New'], ['Product Fundamentals'], true),
    worst: LINKS_ONLY,
  },
  {
    id: 'onboard-new-group-thousand',
    operation: 'Onboard Learner: new learner, 1 new group × 1 existing course',
    school: THOUSAND,
    seed: thousandTeams,
    first: onboard('first@example.com', ['First New'], [], true),
    call: onboard('new.partner@example.com', ['Brand New'], ['Product Fundamentals'], true),
    worst: I_CONT,
  },
  {
    id: 'create-group',
    operation: 'Create Group: a new name',
    school: SMALL,
    seed: () => undefined,
    first: { kind: 'creates', key: 'create_group', input: { name: 'First New' } },
    call: { kind: 'creates', key: 'create_group', input: { name: 'Brand New' } },
    worst: [['name-search', 'cont tells case apart, no i_cont']],
  },
  {
    id: 'create-group-thousand',
    operation: 'Create Group: a new name',
    school: THOUSAND,
    seed: thousandTeams,
    first: { kind: 'creates', key: 'create_group', input: { name: 'First New' } },
    call: { kind: 'creates', key: 'create_group', input: { name: 'Brand New' } },
    worst: I_CONT,
  },
  {
    id: 'onboard-existing-learner',
    operation: 'Onboard Learner: existing learner (in 1 group), 1 other group × 1 course',
    school: `${SMALL} + "Partners"`,
    seed: (store) => void store.createGroup('Partners'),
    first: onboard('first@example.com', ['Existing Customers'], []),
    call: onboard('grace@example.com', ['Partners'], ['Product Fundamentals']),
    worst: LINKS_ONLY,
  },
  {
    id: 'onboard-25-thousand',
    operation: 'Onboard Learner: new learner, 25 groups × 25 courses by name (first call)',
    school: `${THOUSAND}, 25 courses`,
    seed: (store) => {
      thousandTeams(store);
      for (const name of modules) {
        addCourse(store, name, 'published', `${name}.`, '2026-01-01T00:00:00Z');
      }
    },
    call: onboard('new.partner@example.com', teams, modules),
    worst: I_CONT,
  },
  {
    id: 'new-learner-big-group',
    operation: 'New Learner: a poll filtered by a group of 1,000 members (by name)',
    school: '10 groups of 1,000 members',
    seed: (store) => void seedBigGroups(store, 10),
    first: { kind: 'triggers', key: 'new_learner', input: { group: 'Cohort 2' } },
    call: { kind: 'triggers', key: 'new_learner', input: { group: 'Cohort 1' } },
    worst: [['paging', 'memberships at most 100 a page']],
  },
  {
    id: 'offboard-three-big-groups',
    operation: 'Offboard Learner: 3 named groups of 1,000 members',
    school: '10 groups of 1,000 members',
    seed: (store) => void seedBigGroups(store, 10),
    first: { kind: 'searches', key: 'find_group', input: { name: 'Cohort 4' } },
    call: {
      kind: 'creates',
      key: 'offboard_learner',
      input: { learner: 'jane@example.com', groups: ['Cohort 1', 'Cohort 2', 'Cohort 3'] },
    },
    worst: [
      ['paging', 'memberships at most 100 a page'],
      ['membership-filter', 'person filter on memberships ignored'],
      ...LINKS_ONLY,
    ],
  },
];

export interface ShapeResult {
  requests: number;
  roundTrips: number;
  /** The step's wall time at the client, around the perform, in ms. */
  stepMs: number;
  /** What the step returned (its first record for a trigger or search). */
  output: unknown;
}

type Perform = (z: ZObject, bundle: Bundle) => Promise<unknown>;

const performOf = (app: AppDefinition, { kind, key }: Call): Perform => {
  const operation = (app[kind]?.[key] as { operation?: { perform?: Perform } } | undefined)
    ?.operation?.perform;
  if (!operation) throw new Error(`the app has no ${kind} ${key}`);
  return operation;
};

/**
 * Runs a shape on a fresh sandbox school: its seed, the first call on the connection (from
 * another container's key, so its requests do not pace the measured one), then the measured call
 * at the given latency. `switches` stand for how Northpass answers; `rateLimitPerSecond` is the
 * sandbox's own unless told.
 */
export const runShape = async (
  app: AppDefinition,
  sandbox: Sandbox,
  shape: Shape,
  {
    switches = {},
    latencyMs = 0,
    pauseMs = 0,
  }: {
    switches?: Partial<Switches>;
    latencyMs?: number;
    /** A wait between the first call and the measured one (the school's rate window). */
    pauseMs?: number;
  } = {},
): Promise<ShapeResult> => {
  const { store } = sandbox;
  const limit = store.switches.rateLimitPerSecond;
  store.reset();
  shape.seed(store);
  Object.assign(store.switches, { ...switches, rateLimitPerSecond: limit, latencyMs: 0 });
  const tester = zapier.createAppTester(app);
  const perform = (call: Call, apiKey: string) =>
    tester<unknown, Bundle>(performOf(app, call), {
      authData: { apiKey },
      inputData: call.input,
    });
  if (shape.first) await perform(shape.first, `${SANDBOX_API_KEY}.first`);
  if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  store.log.length = 0;
  store.switches.latencyMs = latencyMs;
  const started = performance.now();
  const result = await perform(shape.call, SANDBOX_API_KEY);
  const stepMs = performance.now() - started;
  const metrics = measure(store.log.filter((entry) => entry.path.startsWith('/v2/')));
  return {
    requests: metrics.requests,
    roundTrips: metrics.roundTrips,
    stepMs,
    output: Array.isArray(result) ? (result as unknown[])[0] : result,
  };
};

/** The markdown table of the shapes' requests, as hoped and at worst. */
export const requestTable = (rows: { shape: Shape; best: number; worst: number }[]): string => {
  const lines = [
    '| operation | school | as hoped | at worst | worst case: how Northpass answers |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      ({ shape, best, worst }) =>
        `| ${shape.operation} | ${shape.school} | ${best} | ${worst} | ${shape.worst.map(([, label]) => label).join('; ')} |`,
    ),
  ];
  return lines.join('\n');
};

/** Where docs/requests.md holds the table (`npm run bench -- --table` prints it). */
export const TABLE_START = '<!-- bench:table:start -->';
export const TABLE_END = '<!-- bench:table:end -->';

/** A markdown table's cells, row by row, whatever its column padding (Prettier aligns it). */
export const tableCells = (markdown: string): string[][] =>
  markdown
    .split('\n')
    .filter((line) => line.trim().startsWith('|') && !/^[\s|:-]+$/.test(line))
    .map((line) =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => cell.trim()),
    );

/** The table between the markers of a document, as cells. */
export const documentedTable = (document: string): string[][] => {
  const start = document.indexOf(TABLE_START);
  const end = document.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error('the document has no bench table markers');
  return tableCells(document.slice(start + TABLE_START.length, end));
};
