import type { ZObject } from 'zapier-platform-core';

import { listing } from '../lib/errors.js';
import { whenAll } from '../lib/settle.js';
import type { Course } from '../resources/courses/api.js';
import { createGroup, type GroupOutcome } from '../resources/groups/api.js';
import { addCoursesToGroup, isAssignmentUnavailable } from '../resources/groups/course-routes.js';
import { groupsField } from '../resources/groups/fields.js';
import { coursesLacking, type OnboardingPlan } from './onboarding-plan.js';

/** Onboard Learners' groups: created or found once, their courses assigned once, told in words. */

const GROUPS = groupsField.input.label;

/** One group of the step, and what was done to it. */
export interface GroupDone extends GroupOutcome {
  /** Courses assigned (count), or assigned when their count is unknown (Northpass lists none). */
  assigned?: number | 'now';
  /** The courses not assigned because the school's API has no route for it. */
  unassigned?: Course[];
}

/** Assigns the courses the group lacks; where no route can, they are noted, not thrown. */
const assign = async (
  z: ZObject,
  done: GroupDone,
  lacking: { courses: Course[]; exact: boolean },
): Promise<void> => {
  if (lacking.courses.length === 0) return;
  try {
    const outcome = await addCoursesToGroup(z, done.group, lacking.courses);
    if (outcome === 'changed') done.assigned = lacking.exact ? lacking.courses.length : 'now';
  } catch (error) {
    if (!isAssignmentUnavailable(error)) throw error;
    done.unassigned = lacking.courses;
  }
};

/**
 * Each planned group found or created, with the courses it lacks assigned (a group a parallel
 * run created first is checked for the courses it has).
 */
export const writeGroups = (z: ZObject, planned: OnboardingPlan): Promise<GroupDone[]> =>
  whenAll<GroupDone[]>(
    planned.groups.map(async ({ target, ...lacking }) => {
      if (typeof target !== 'string') {
        const done: GroupDone = { group: target, outcome: 'existing' };
        await assign(z, done, lacking);
        return done;
      }
      const done: GroupDone = await createGroup(z, target, GROUPS);
      const needs =
        done.outcome === 'created' ? lacking : coursesLacking(done.group, planned.courses);
      await assign(z, done, needs);
      return done;
    }),
  );

/** What was done to the groups, in words ("created group X", "assigned the courses to X and Y"). */
export const groupChanges = (groups: GroupDone[], would = ''): string[] => {
  const created = groups.filter((done) => done.outcome === 'created');
  const assigned = groups.filter((done) => done.assigned !== undefined);
  const names = (list: GroupDone[]) =>
    listing(
      list.map((done) => done.group.attributes.name),
      80,
    );
  return [
    ...(created.length > 0
      ? [`${would}created group${created.length === 1 ? '' : 's'} ${names(created)}`]
      : []),
    ...(assigned.length > 0 ? [`${would}assigned the courses to ${names(assigned)}`] : []),
  ];
};
