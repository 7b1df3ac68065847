/**
 * Opt-in: the same scenarios against a real Northpass school, to confirm the API guesses in
 * src/client/behaviour.ts. Runs only when NORTHPASS_API_KEY is set, and deletes what it creates.
 * It creates one group and one learner at an example.com address, so Northpass's invitation goes
 * nowhere.
 *
 *   NORTHPASS_API_KEY=... npm run jest:sandbox -- test/live
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { testAuth } from '../../src/authentication.js';
import { baseUrl } from '../../src/client/config.js';
import { performer } from '../perform.js';
import { perform as addCourseToGroup } from '../../src/creates/add_course_to_group.js';
import { perform as addLearnerToGroup } from '../../src/creates/add_learner_to_group.js';
import { perform as createGroup } from '../../src/creates/create_group.js';
import { perform as createLearner } from '../../src/creates/create_learner.js';
import { perform as onboardLearner } from '../../src/creates/onboard_learner.js';
import { perform as removeLearnerFromGroup } from '../../src/creates/remove_learner_from_group.js';
import { perform as resendInvitation } from '../../src/creates/resend_invitation.js';
import { perform as courseList } from '../../src/triggers/course_list.js';
import { perform as newCourseCompletion } from '../../src/triggers/new_course_completion.js';

const apiKey = process.env.NORTHPASS_API_KEY;
const suite = apiKey ? describe : describe.skip;
const { run } = performer(apiKey ?? '');
const stamp = Date.now().toString(36);
const groupName = `Zapier live test ${stamp}`;
const email = `zapier-live-${stamp}@example.com`;
const created: { people: string[]; groups: string[] } = { people: [], groups: [] };

const remove = (path: string) =>
  fetch(`${baseUrl()}${path}`, { method: 'DELETE', headers: { 'x-api-key': apiKey ?? '' } });

suite('against a real Northpass school', () => {
  afterAll(async () => {
    for (const id of created.people) await remove(`/v2/people/${id}`);
    for (const id of created.groups) await remove(`/v2/groups/${id}`);
  });

  it('connects', async () => {
    expect(await run(testAuth)).toMatchObject({ label: expect.any(String) });
  });

  it('finds or creates a group, and returns the same group the second time', async () => {
    const first = await run(createGroup, { name: groupName });
    if (first.id) created.groups.push(first.id);
    expect(await run(createGroup, { name: groupName })).toMatchObject({
      id: first.id,
      outcome: 'existing',
    });
  });

  it('assigns a course to the group twice without error (unverified endpoint)', async () => {
    const [course] = await run(courseList);
    expect(course).toBeDefined();
    const input = { group: groupName, courses: [course?.id] };
    await run(addCourseToGroup, input);
    expect(await run(addCourseToGroup, input)).toMatchObject({ group_name: groupName });
  });

  it('creates a learner once, then finds them', async () => {
    const first = await run(createLearner, { email, first_name: 'Zapier', last_name: 'Live Test' });
    if (first.id) created.people.push(first.id);
    expect(await run(createLearner, { email })).toMatchObject({
      id: first.id,
      outcome: 'existing',
    });
  });

  it('adds the learner to the group twice without error, and removes them', async () => {
    await run(addLearnerToGroup, { learner: email, groups: [groupName] });
    await run(addLearnerToGroup, { learner: email, groups: [groupName] });
    await run(removeLearnerFromGroup, { learner: email, groups: [groupName] });
  });

  it('resends the pending invitation (unverified endpoint)', async () => {
    expect(await run(resendInvitation, { learner: email })).toMatchObject({ email });
  });

  it('onboards again without changing anything', async () => {
    await run(onboardLearner, { email, groups: [groupName] });
    const again = await run(onboardLearner, { email, groups: [groupName] });
    expect(again.summary).toMatch(/^No changes/);
  });

  it('reads course enrollments (include=person is unverified)', async () => {
    const [course] = await run(courseList);
    await expect(run(newCourseCompletion, { course: course?.id })).resolves.toEqual(
      expect.any(Array),
    );
  });
});
