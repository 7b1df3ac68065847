import {
  questions as registered,
  type Question,
  type QuestionId,
} from '../../src/questions/index.js';
import type { Switches } from '../../sandbox/store.ts';

type Position = [label: string, switches: Partial<Switches>];

const hoped: Position = ['Northpass as hoped', {}];

/**
 * The registry's questions (src/questions/) under the names the end-to-end tests ask for: each
 * group runs the operations its questions affect.
 */
export const positionGroups = {
  duplicates: ['existing-record', 'duplicate-membership', 'course-assignment', 'remove-non-member'],
  relationships: ['record-relationships', 'list-relationships'],
  updateVerb: ['update-verb'],
  nameSearch: ['name-search'],
  filters: ['email-filter'],
  emails: ['email-case', 'not-found-body'],
  listSort: ['list-sort'],
  enrollments: ['enrollments', 'ids-filter'],
  pagination: ['paging'],
  courseStatus: ['course-status'],
  enrollmentProgress: ['enrollment-progress'],
  writeRoutes: ['invitation-path'],
  webhooks: ['webhook-events'],
  certificateExpiry: ['certificate-expiry'],
  membershipFilter: ['membership-filter'],
  batchMembership: ['batch-membership'],
} as const satisfies Record<string, readonly QuestionId[]>;

type GroupName = keyof typeof positionGroups;

const registry: readonly Question[] = registered;

/** A question's alternatives the sandbox can play, each a position. */
const positionsOf = (id: QuestionId): Position[] =>
  registry
    .filter((question) => question.id === id)
    .flatMap((question) => question.alternatives)
    .filter((alternative) => Object.keys(alternative.switches).length > 0)
    .map((alternative) => [alternative.label, alternative.switches as Partial<Switches>]);

/**
 * Every way the real Northpass might answer an open question (each a sandbox switch position),
 * grouped by the question. End-to-end tests run the main job in all of them, and each affected
 * operation in its question's positions (and the hoped one).
 */
export const questions = Object.fromEntries(
  Object.entries(positionGroups).map(([name, ids]) => [name, ids.flatMap(positionsOf)]),
) as Record<GroupName, Position[]>;

/** The hoped position and every alternative. */
export const allPositions: Position[] = [hoped, ...Object.values(questions).flat()];

/** Labels of the positions in which some operations cannot work (a missing route). */
const unavailable = new Set(
  registry.flatMap((question) =>
    question.alternatives.flatMap((alternative) =>
      alternative.effect === 'not-available' ? [alternative.label] : [],
    ),
  ),
);

/** Positions that change only webhook bodies (and the sent-webhooks log): the main job reads neither. */
const bodiesOnly = new Set(positionsOf('webhook-events').map(([label]) => label));

/**
 * The hoped position and every alternative in which every operation can work, webhook bodies'
 * aside (webhooks.e2e runs those).
 */
export const workingPositions: Position[] = allPositions.filter(
  ([label]) => !unavailable.has(label) && !bodiesOnly.has(label),
);

/** The hoped position and the alternatives of the named questions. */
export const positionsFor = (...names: GroupName[]): Position[] => [
  hoped,
  ...names.flatMap((name) => questions[name]),
];
