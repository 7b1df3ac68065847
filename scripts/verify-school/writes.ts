import type { ZObject } from 'zapier-platform-core';

import { behaviour } from '../../src/client/behaviour.js';
import {
  ask,
  described,
  isSuccess,
  listed,
  relationshipIds,
  single,
  type Answer,
  type Finding,
} from './answers.js';

/** What the probe created, so that it can remove every bit of it. */
export interface Created {
  groups: string[];
  people: string[];
  /** [group id, person id] */
  memberships: [string, string][];
}

const createGroup = (z: ZObject, name: string) =>
  ask(z, {
    method: 'POST',
    path: '/v2/groups',
    body: { data: { type: 'groups', attributes: { name } } },
  });

const createPerson = (z: ZObject, email: string) =>
  ask(z, {
    method: 'POST',
    path: '/v2/people',
    body: {
      data: { type: 'people', attributes: { email, first_name: 'Zapier', last_name: 'Verify' } },
    },
  });

/** How a create answers for a record that exists: 200, 201 with the same record, 4xx, or a twin. */
const duplicateFinding = (again: Answer, firstId: string | undefined) => {
  const id = single(again)?.id;
  if (!isSuccess(again.status)) return { finding: `refused-${again.status}`, twin: undefined };
  if (id === firstId) return { finding: `existing-${again.status}`, twin: undefined };
  return { finding: 'duplicated', twin: id };
};

const duplicateAnswers: Record<string, string> = {
  'existing-200': 'the existing record, with 200',
  'existing-201': 'the existing record, with 201 (as for a new one)',
  duplicated: 'a second record: Northpass does not find the existing one',
};

/**
 * The questions only records of the probe's own can answer: how creates answer for existing
 * records, which verb updates a learner, how memberships and course assignments behave, whether
 * the unverified paths exist. Everything it makes goes into `created` as soon as it exists.
 */
export const writeProbes = async (
  z: ZObject,
  stamp: string,
  created: Created,
  /** Runs while the test learner is in the test group and the group has a course. */
  meanwhile: () => Promise<void>,
): Promise<Finding[]> => {
  const verdicts: Finding[] = [];
  const name = `Zapier Verify ${stamp}`;
  const group = await createGroup(z, name);
  const groupId = single(group)?.id;
  if (!groupId) throw new Error(`Northpass did not create the test group: ${described(group)}`);
  created.groups.push(groupId);

  const sameName = duplicateFinding(await createGroup(z, name), groupId);
  if (sameName.twin) created.groups.push(sameName.twin);
  verdicts.push({
    key: 'duplicate-group',
    question: 'What does creating a group with a taken name answer?',
    finding: sameName.finding,
    answer: duplicateAnswers[sameName.finding] ?? `a refusal: HTTP ${sameName.finding.slice(8)}`,
    app: 'looks the name up first (the one name rule), so a taken name is never created again',
  });
  const otherCase = duplicateFinding(await createGroup(z, name.toLowerCase()), groupId);
  if (otherCase.twin) created.groups.push(otherCase.twin);
  verdicts.push({
    key: 'group-name-case',
    question: 'Does Northpass treat a group name in other letter case as the same group?',
    finding: otherCase.finding,
    answer: otherCase.finding === 'duplicated' ? 'no: it creates a second group' : 'yes',
    app: 'applies its own name rule (spaces and letter case ignored) before every create',
  });

  const email = `zapier-verify-${stamp}@example.com`;
  const person = await createPerson(z, email);
  const personId = single(person)?.id;
  if (!personId) throw new Error(`Northpass did not create the test learner: ${described(person)}`);
  created.people.push(personId);
  const sameEmail = duplicateFinding(await createPerson(z, email), personId);
  if (sameEmail.twin) created.people.push(sameEmail.twin);
  verdicts.push({
    key: 'duplicate-email',
    question: 'What does creating a learner with a known email answer?',
    finding: sameEmail.finding,
    answer: duplicateAnswers[sameEmail.finding] ?? `a refusal: HTTP ${sameEmail.finding.slice(8)}`,
    app: 'returns the existing learner as `existing`, never a second one',
  });

  const update = async (method: 'PUT' | 'PATCH') =>
    ask(z, {
      method,
      path: `/v2/people/${personId}`,
      body: { data: { type: 'people', id: personId, attributes: { first_name: method } } },
    });
  const [put, patch] = [await update('PUT'), await update('PATCH')];
  const verbs = [isSuccess(put.status) ? 'PUT' : '', isSuccess(patch.status) ? 'PATCH' : ''].filter(
    Boolean,
  );
  verdicts.push({
    key: 'update-verb',
    question: 'Which verb updates a learner?',
    finding: verbs.join('+') || 'none',
    answer: `PUT: ${described(put)}; PATCH: ${described(patch)}`,
    app:
      verbs[0] === 'PUT'
        ? 'Update Learner sends PUT (1 request)'
        : verbs[0] === 'PATCH'
          ? 'Update Learner sends PUT once, then PATCH, and remembers PATCH'
          : 'Update Learner cannot work: Northpass took neither verb',
  });

  const members = `/v2/groups/${groupId}/relationships/people`;
  const member = { data: [{ type: 'people', id: personId }] };
  const added = await ask(z, { method: 'POST', path: members, body: member });
  if (isSuccess(added.status)) created.memberships.push([groupId, personId]);
  const addedAgain = await ask(z, { method: 'POST', path: members, body: member });
  verdicts.push({
    key: 'duplicate-membership',
    question: 'What does adding a member twice answer?',
    finding: isSuccess(addedAgain.status) ? 'silent' : `refused-${addedAgain.status}`,
    answer: `first ${described(added)}, again ${described(addedAgain)}`,
    app: 'believes "already a member" only when the group\'s memberships list the learner',
  });
  const read = single(await ask(z, { path: `/v2/people/${personId}` }));
  const groupIds = relationshipIds(read, behaviour.groupsRelationship);
  verdicts.push({
    key: 'single-relationships',
    question: "Does a single learner read list the learner's group ids?",
    finding: groupIds === undefined ? 'none' : groupIds.includes(groupId) ? 'ids' : 'wrong',
    answer: groupIds === undefined ? 'no (links only)' : `yes (${groupIds.length} group ids)`,
    app: 'skips adding a learner already listed in a group; otherwise reads the memberships',
  });

  const course = listed(await ask(z, { path: '/v2/courses', params: { limit: 1 } }))[0];
  if (course) {
    const assign = behaviour.groupCoursesPath(groupId);
    const body = { data: [{ type: 'courses', id: course.id }] };
    const assigned = await ask(z, { method: 'POST', path: assign, body });
    const again = await ask(z, { method: 'POST', path: assign, body });
    const listedCourses = relationshipIds(
      single(await ask(z, { path: `/v2/groups/${groupId}` })),
      'courses',
    );
    verdicts.push({
      key: 'course-assignment',
      question: `Does \`POST ${assign.replace(groupId, '{id}')}\` assign a course, and what does a repeat answer?`,
      finding: isSuccess(assigned.status)
        ? isSuccess(again.status)
          ? 'works:silent'
          : `works:refused-${again.status}`
        : `missing-${assigned.status}`,
      answer: `first ${described(assigned)}, again ${described(again)}; the group read ${listedCourses ? 'lists' : 'does not list'} its courses`,
      app: isSuccess(assigned.status)
        ? 'Add Course to Group and Onboard Learner assign courses there'
        : 'Add Course to Group cannot work: correct `groupCoursesPath` in src/client/behaviour.ts',
    });
  }

  await meanwhile();

  const invite = await ask(z, { method: 'POST', path: behaviour.invitationsPath(personId) });
  verdicts.push({
    key: 'invitation',
    question: 'Does `POST /v2/people/{id}/invitations` resend an invitation?',
    finding: isSuccess(invite.status) ? 'works' : `missing-${invite.status}`,
    answer: described(invite),
    app: isSuccess(invite.status)
      ? 'Resend Invitation works (at most once in 10 minutes per learner)'
      : 'Resend Invitation cannot work: correct `invitationsPath` in src/client/behaviour.ts',
  });

  const removed = await ask(z, { method: 'DELETE', path: members, body: member });
  if (isSuccess(removed.status))
    created.memberships = created.memberships.filter(([id]) => id !== groupId);
  const removedAgain = await ask(z, { method: 'DELETE', path: members, body: member });
  verdicts.push({
    key: 'remove-non-member',
    question: 'What does removing someone who is not a member answer?',
    finding: isSuccess(removedAgain.status) ? 'silent' : `refused-${removedAgain.status}`,
    answer: `first ${described(removed)}, again ${described(removedAgain)}`,
    app: 'believes "not a member" only when the group\'s memberships confirm it',
  });
  return verdicts;
};

/** Removes everything the probe created; returns what could not be removed. */
export const removeCreated = async (z: ZObject, created: Created): Promise<string[]> => {
  const left: string[] = [];
  for (const [groupId, personId] of created.memberships) {
    await ask(z, {
      method: 'DELETE',
      path: `/v2/groups/${groupId}/relationships/people`,
      body: { data: [{ type: 'people', id: personId }] },
    });
  }
  for (const [kind, ids] of [
    ['people', created.people],
    ['groups', created.groups],
  ] as const) {
    for (const id of ids) {
      await ask(z, { method: 'DELETE', path: `/v2/${kind}/${id}` });
      if ((await ask(z, { path: `/v2/${kind}/${id}` })).status !== 404) left.push(`${kind} ${id}`);
    }
  }
  return left;
};
