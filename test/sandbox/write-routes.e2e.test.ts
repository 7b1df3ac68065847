/**
 * The write routes Northpass may not have, against the sandbox in each position of the
 * course-assignment and invitation-path questions (and the hoped one): Add Course to Group and
 * Onboard Learner work, more slowly, through the inverse course route; fail with what to do in
 * Northpass admin where no route assigns courses (Onboard Learner after adding the learner); and
 * Onboard Learner finishes with `invitation_outcome: not_available` where no route resends
 * invitations.
 */
import { describe, expect, it } from '@jest/globals';

import { perform as addCourseToGroup } from '../../src/creates/add_course_to_group.js';
import { perform as onboardLearner } from '../../src/creates/onboard_learner.js';
import { perform as resendInvitation } from '../../src/creates/resend_invitation.js';
import { raised } from '../raised.js';
import { positionsFor } from './positions.js';
import { runOnSandbox, useSandbox } from './sandbox-helpers.js';

const sandbox = useSandbox();
const posts = (fragment: string) =>
  sandbox
    .current()
    .store.log.filter((entry) => entry.method === 'POST' && entry.path.includes(fragment));

const assignment = {
  group: 'Existing Customers',
  courses: ['Product Fundamentals', 'Advanced Integrations'],
};
const noCourseRoute =
  "Northpass's API for this school does not accept assigning courses to groups. Assign Advanced Integrations to Existing Customers in Northpass admin (Groups > Existing Customers > Courses).";

/** Lin, a learner who has not joined, invited long ago. */
const pendingLin = () =>
  sandbox
    .current()
    .store.createPerson({ email: 'lin@example.com' }, new Date('2026-01-01T00:00:00Z')).person;

describe.each(positionsFor('duplicates', 'writeRoutes'))('with %s', (_label, switches) => {
  it('assigns courses to a group twice, or says to assign them in Northpass admin', async () => {
    sandbox.switches(switches);
    const { store } = sandbox.current();
    for (let run = 0; run < 2; run += 1) {
      if (switches.courseAssignmentRoute === 'none') {
        expect(await raised(runOnSandbox(addCourseToGroup, assignment))).toEqual({
          name: 'AppError',
          code: 'not_available',
          status: 405,
          message: noCourseRoute,
        });
      } else {
        expect(await runOnSandbox(addCourseToGroup, assignment)).toMatchObject({
          course_names: assignment.courses,
        });
      }
    }
    // the seeded school has Product Fundamentals in Existing Customers
    expect(store.counts().course_assignments).toBe(
      switches.courseAssignmentRoute === 'none' ? 1 : 2,
    );
  });

  it('onboards a pending learner asking for a resend, whatever the routes', async () => {
    sandbox.switches(switches);
    const { store } = sandbox.current();
    const lin = pendingLin();
    const invited = lin.invitations_sent;
    const input = {
      email: 'lin@example.com',
      groups: ['Existing Customers', 'Sales Engineering'],
      courses: ['Product Fundamentals'],
      resend_invitation_if_pending: true,
      create_missing_groups: true,
    };
    const groups = () =>
      store
        .groupsOf(lin.id)
        .map((id) => store.groups.get(id)?.name)
        .sort();
    if (switches.courseAssignmentRoute === 'none') {
      const error = await raised(runOnSandbox(onboardLearner, input));
      expect(error).toMatchObject({ code: 'not_available' });
      // what was done comes first (cut short to leave the rest whole), then what was not
      expect(error.message).toMatch(
        /^Already done: created group Sales Engineering, .*\.\.\. Not done: Northpass's API for this school does not accept assigning courses to groups\. Assign Product Fundamentals to Sales Engineering in Northpass admin \(Groups > Sales Engineering > Courses\)\.$/,
      );
      expect(error.message.length).toBeLessThanOrEqual(250);
      expect(groups()).toEqual(['Existing Customers', 'Sales Engineering']);
      return;
    }
    const onboarded = await runOnSandbox(onboardLearner, input);
    expect(onboarded).toMatchObject({
      id: lin.id,
      learner_outcome: 'existing',
      group_names: ['Existing Customers', 'Sales Engineering'],
      invitation_outcome: switches.invitationRoute === false ? 'not_available' : 'sent',
    });
    expect(groups()).toEqual(['Existing Customers', 'Sales Engineering']);
    expect(store.counts().course_assignments).toBe(2);
    expect(store.people.get(lin.id)?.invitations_sent).toBe(
      invited + (switches.invitationRoute === false ? 0 : 1),
    );
  });
});

describe('with only the inverse course route', () => {
  it('assigns through it and remembers it: the next run does not ask the group route', async () => {
    sandbox.switches({ courseAssignmentRoute: 'course' });
    await runOnSandbox(addCourseToGroup, assignment);
    expect(posts('/relationships/courses').map((entry) => entry.status)).toEqual([404]);
    // the group's record lists Product Fundamentals already: only the course it lacks is sent
    expect(posts('/relationships/groups').map((entry) => entry.status)).toEqual([204]);

    sandbox.current().store.createGroup('Sales Engineering');
    sandbox.current().store.log = [];
    await runOnSandbox(addCourseToGroup, { ...assignment, group: 'Sales Engineering' });
    expect(posts('/relationships/courses')).toEqual([]);
    expect(posts('/relationships/groups').map((entry) => entry.status)).toEqual([204, 204]);
    expect(sandbox.current().store.counts().course_assignments).toBe(4);
  });
});

describe('with no invitation route', () => {
  it('Resend Invitation says to resend from Northpass admin; Onboard Learner succeeds', async () => {
    sandbox.switches({ invitationRoute: false });
    const lin = pendingLin();
    expect(await raised(runOnSandbox(resendInvitation, { learner: 'lin@example.com' }))).toEqual({
      name: 'AppError',
      code: 'not_available',
      status: 405,
      message:
        "Northpass's API for this school does not accept resending invitations. Resend it from Northpass admin (People > lin@example.com > Resend invitation).",
    });
    expect(
      await runOnSandbox(onboardLearner, {
        email: 'lin@example.com',
        groups: ['Existing Customers'],
        resend_invitation_if_pending: true,
      }),
    ).toMatchObject({
      id: lin.id,
      invitation_outcome: 'not_available',
      summary:
        "Found learner lin@example.com, added to Existing Customers (no invitation resent: this school's API does not accept resending invitations).",
    });
  });
});
