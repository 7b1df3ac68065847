import type { ZObject } from 'zapier-platform-core';

import {
  afterPartialWork,
  appError,
  appErrorFields,
  MAX_MESSAGE_LENGTH,
  truncate,
} from '../lib/errors.js';
import { invalidInput } from '../lib/inputs.js';
import { whenAll } from '../lib/settle.js';
import { courseCollection, type Course } from '../resources/courses/api.js';
import { coursesField } from '../resources/courses/fields.js';
import { groupCollection, type Group } from '../resources/groups/api.js';
import { addPeopleToGroup, addsOneAtATime } from '../resources/groups/batch.js';
import { assignmentUnavailable } from '../resources/groups/course-routes.js';
import { groupsField } from '../resources/groups/fields.js';
import { membersAmong } from '../resources/groups/relationships.js';
import { findAllNamed, resolveAllNamed, uniqueById } from '../resources/lookup/references.js';
import type { SplitMode } from '../resources/lookup/split.js';
import type { CreateOutcome } from '../resources/outcome.js';
import { findOrCreatePerson, type Person } from '../resources/people/api.js';
import { resendInvitation } from '../resources/people/invitations.js';
import { groupChanges, writeGroups } from './bulk-onboarding-groups.js';
import { previewBulk } from './bulk-onboarding-preview.js';
import {
  bulkSummary,
  countsOf,
  type BulkLearner,
  type BulkLine,
  type BulkResult,
} from './bulk-onboarding-summary.js';
import { invitationPlan, knownMember, plan } from './onboarding-plan.js';
import { capitalise } from './onboarding-summary.js';

/** Where people are added to groups one at a time (learned), the most a step takes. */
export const MAX_ONE_AT_A_TIME = 20;

export interface BulkRequest {
  learners: BulkLearner[];
  groupRefs: string[];
  courseRefs: string[];
  createMissingGroups: boolean;
  resendIfPending: boolean;
  splitMode?: SplitMode;
  preview?: boolean;
}

const GROUPS = groupsField.input.label;
const COURSES = coursesField.input.label;
const LEARNERS = 'Learners';

const messageOf = (error: unknown): string =>
  appErrorFields(error)?.message ?? (error instanceof Error ? error.message : String(error));

/** One person after phase 1: created or found, or failed with why. */
interface Made {
  row: BulkLearner;
  person?: Person;
  outcome?: CreateOutcome;
  problems: string[];
  joined: number;
}

/**
 * Onboard Learner for a list of people in one step. The groups and courses are read, planned
 * (`plan()`, as for one learner: a bad group stops the step before any change) and written once;
 * the people are found or created in parallel under the pacing; each group's memberships are read
 * once (where no record tells) and the people not yet in are added in one batched write a group
 * (`addPeopleToGroup`). One person's failure is theirs: the others go on, and a replay creates no
 * one twice and retries the failed. 50 new people in 3 existing groups: 50 + 3 requests beside the
 * reads of the groups and courses.
 */
export const onboardLearners = async (z: ZObject, request: BulkRequest): Promise<BulkResult> => {
  if ((await addsOneAtATime(z)) && request.learners.length > MAX_ONE_AT_A_TIME) {
    throw invalidInput(
      LEARNERS,
      `this Northpass school adds people to a group one at a time, so a step takes at most ${MAX_ONE_AT_A_TIME} learners (${request.learners.length} given). Split the list.`,
    );
  }
  if (request.learners.every((row) => row.problem)) {
    const problems = request.learners.map((row) => row.problem ?? '');
    throw appError(
      truncate(
        `No learner can be onboarded: ${[...new Set(problems)].join(' ')}`,
        MAX_MESSAGE_LENGTH,
      ),
      'invalid_input',
      400,
    );
  }
  const mode = request.splitMode ?? 'auto';
  const [found, courses] = await whenAll<
    [Awaited<ReturnType<typeof findAllNamed<Group>>>, Course[]]
  >([
    findAllNamed(z, groupCollection, request.groupRefs, GROUPS, mode),
    resolveAllNamed(z, courseCollection, request.courseRefs, COURSES, mode),
  ]);
  const planned = plan(found, courses, {
    createMissingGroups: request.createMissingGroups,
    label: GROUPS,
  });
  if (request.preview) return previewBulk(z, request.learners, planned);

  const made: Made[] = request.learners.map((row) => ({
    row,
    problems: row.problem ? [row.problem] : [],
    joined: 0,
  }));
  const groupPhase = writeGroups(z, planned);
  const peoplePhase = Promise.all(
    made.map(async (entry) => {
      if (entry.row.problem) return;
      const { email, first_name, last_name } = entry.row;
      const names = { ...(first_name ? { first_name } : {}), ...(last_name ? { last_name } : {}) };
      try {
        Object.assign(entry, await findOrCreatePerson(z, { email, ...names }));
      } catch (error) {
        entry.problems.push(messageOf(error));
      }
    }),
  );
  const [groupsSettled] = await Promise.allSettled([groupPhase, peoplePhase]);
  const ready = made.filter((entry): entry is Made & { person: Person; outcome: CreateOutcome } =>
    Boolean(entry.person && entry.outcome),
  );
  const createdNames = ready.filter((e) => e.outcome === 'created').map((e) => e.row.email);
  if (groupsSettled.status === 'rejected') {
    throw createdNames.length > 0
      ? afterPartialWork(groupsSettled.reason, 'created learners', createdNames)
      : groupsSettled.reason;
  }
  const groups = groupsSettled.value;
  let resent = 0;

  await whenAll(
    groups
      .map(async (done) => {
        const unknown = ready.filter(
          (entry) =>
            knownMember(entry.person, entry.outcome, done.group, done.outcome) === undefined,
        );
        const { members } = await membersAmong(
          z,
          done.group.id,
          unknown.map((e) => e.person),
        );
        const pending = ready.filter(
          (entry) =>
            !(
              knownMember(entry.person, entry.outcome, done.group, done.outcome) ??
              members.includes(entry.person)
            ),
        );
        const joined = await addPeopleToGroup(
          z,
          done.group,
          pending.map((e) => e.person),
        );
        for (const entry of pending) {
          const error = joined.get(entry.person.id);
          if (error)
            entry.problems.push(`not added to ${done.group.attributes.name}: ${messageOf(error)}`);
          else entry.joined += 1;
        }
      })
      .concat(
        ready.map(async (entry) => {
          if (!invitationPlan(entry.person, entry.outcome, request.resendIfPending).resend) return;
          try {
            if ((await resendInvitation(z, entry.person)).sent) resent += 1;
          } catch (error) {
            entry.problems.push(`invitation not resent: ${messageOf(error)}`);
          }
        }),
      ),
  ).catch((error: unknown) => {
    throw createdNames.length > 0
      ? afterPartialWork(error, 'created learners', createdNames)
      : error;
  });

  const lines: BulkLine[] = made.map(({ row, person, outcome, problems }) => ({
    email: person?.attributes.email ?? row.email,
    learner_id: person?.id ?? null,
    outcome: problems.length > 0 ? 'failed' : (outcome ?? 'failed'),
    error:
      problems.length > 0
        ? truncate(
            problems
              .map((problem, index) =>
                index === 0 && outcome === 'created'
                  ? `Created, but ${problem}`
                  : capitalise(problem),
              )
              .join(' '),
            MAX_MESSAGE_LENGTH,
          )
        : null,
  }));
  const added = made.filter((entry) => entry.joined > 0).length;
  const names = groups.map((done) => done.group.attributes.name);
  const resends = resent > 0 ? [`resent ${resent} invitation${resent === 1 ? '' : 's'}`] : [];
  const summary = bulkSummary(lines, added, names, [...groupChanges(groups), ...resends], false);
  // a step in which nobody could be onboarded fails, so that Zapier shows it as failed
  if (lines.every((line) => line.outcome === 'failed')) {
    throw appError(truncate(summary, MAX_MESSAGE_LENGTH), 'none_onboarded', 400);
  }
  const unassigned = groups.filter((done) => done.unassigned);
  if (unassigned.length > 0) {
    throw afterPartialWork(
      assignmentUnavailable(
        unassigned.map((done) => done.group.attributes.name),
        uniqueById(unassigned.flatMap((done) => done.unassigned ?? [])).map(
          (c) => c.attributes.name,
        ),
      ),
      summary.replace(/\.$/, ''),
      [],
      'Not done:',
    );
  }
  return {
    ...countsOf(lines),
    added,
    learners: lines,
    groups: uniqueById(groups.map((done) => done.group)),
    courses,
    summary,
  };
};
