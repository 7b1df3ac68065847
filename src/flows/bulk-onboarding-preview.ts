import type { ZObject } from 'zapier-platform-core';

import { appErrorFields, listing } from '../lib/errors.js';
import { whenAll } from '../lib/settle.js';
import { membersAmong } from '../resources/groups/relationships.js';
import { findPersonByEmail, type Person } from '../resources/people/api.js';
import {
  bulkSummary,
  countsOf,
  type BulkLearner,
  type BulkLine,
  type BulkResult,
} from './bulk-onboarding-summary.js';
import { knownMember, type OnboardingPlan } from './onboarding-plan.js';

const messageOf = (error: unknown): string =>
  appErrorFields(error)?.message ?? (error instanceof Error ? error.message : String(error));

/** What would be done to the planned groups, in words. */
const wouldChange = (groups: OnboardingPlan['groups']): string[] => {
  const nameOf = ({ target }: OnboardingPlan['groups'][number]) =>
    typeof target === 'string' ? target : target.attributes.name;
  const created = groups.filter(({ target }) => typeof target === 'string').map(nameOf);
  const assigned = groups.filter(({ courses }) => courses.length > 0).map(nameOf);
  return [
    ...(created.length > 0
      ? [`would create group${created.length === 1 ? '' : 's'} ${listing(created, 80)}`]
      : []),
    ...(assigned.length > 0 ? [`would assign the courses to ${listing(assigned, 80)}`] : []),
  ];
};

/**
 * Onboard Learners with Preview on: reads only (each learner by email, each existing group's
 * memberships where no record tells), no write and no invitation. Each person `would_create` or
 * `existing`; the counts and the summary say what a real run would do.
 */
export const previewBulk = async (
  z: ZObject,
  learners: BulkLearner[],
  planned: OnboardingPlan,
): Promise<BulkResult> => {
  const found = await Promise.all(
    learners.map(async (row): Promise<{ person?: Person | null; problem?: string }> => {
      if (row.problem) return { problem: row.problem };
      try {
        return { person: await findPersonByEmail(z, row.email) };
      } catch (error) {
        return { problem: messageOf(error) };
      }
    }),
  );
  const existing = found.flatMap(({ person }) => (person ? [person] : []));
  const lacking = new Set<string>();
  await whenAll(
    planned.groups.map(async ({ target }) => {
      if (typeof target === 'string') return;
      const unknown = existing.filter(
        (person) => knownMember(person, 'existing', target, 'existing') === undefined,
      );
      const { members } = await membersAmong(z, target.id, unknown);
      for (const person of existing) {
        const member =
          knownMember(person, 'existing', target, 'existing') ?? members.includes(person);
        if (!member) lacking.add(person.id);
      }
    }),
  );
  const anyNewGroup = planned.groups.some(({ target }) => typeof target === 'string');
  const lines: BulkLine[] = learners.map((row, index) => {
    const { person, problem } = found[index] ?? {};
    if (problem !== undefined) {
      return { email: row.email, learner_id: null, outcome: 'failed', error: problem };
    }
    return person
      ? { email: person.attributes.email, learner_id: person.id, outcome: 'existing', error: null }
      : { email: row.email, learner_id: null, outcome: 'would_create', error: null };
  });
  const groups = planned.groups.length;
  const added = lines.filter(
    (line, index) =>
      groups > 0 &&
      (line.outcome === 'would_create' ||
        (line.outcome === 'existing' &&
          (anyNewGroup || lacking.has(found[index]?.person?.id ?? '')))),
  ).length;
  const names = planned.groups.map(({ target }) =>
    typeof target === 'string' ? target : target.attributes.name,
  );
  return {
    ...countsOf(lines),
    added,
    learners: lines,
    groups: planned.groups.flatMap(({ target }) => (typeof target === 'string' ? [] : [target])),
    courses: planned.courses,
    summary: bulkSummary(lines, added, names, wouldChange(planned.groups), true),
  };
};
