import { behaviour } from '../../src/client/behaviour.js';
import {
  ask,
  described,
  isSuccess,
  relationshipIds,
  single,
  type Answer,
  type Finding,
} from './answers.js';
import { assignCourse, missing } from './assignment.js';
import { batchMembership } from './batch.js';
import type { Client } from './client.js';
import type { Ledger } from './cleanup.js';
import type { ProbeId } from './probes.js';

/** The questions only records of the run's own can answer, in the order they are asked. */
export const writeQuestions: [ProbeId, string][] = [
  ['duplicate-group', 'What happens when a group is created with a name already taken?'],
  ['group-name-case', 'Is “Sales” the same group name as “SALES”?'],
  ['duplicate-email', 'What happens when a learner is created with an email already known?'],
  ['update-verb', "Can a learner's details be changed?"],
  ['duplicate-membership', 'What happens when a learner is added to a group twice?'],
  ['single-relationships', "Does a learner's own record show their groups?"],
  ['course-assignment', 'Can a course be assigned to a group?'],
  ['invitation', 'Can an invitation be sent again?'],
  ['remove-non-member', 'What happens when someone not in a group is removed from it?'],
  ['batch-membership', 'Does one unknown learner fail a batch added to a group?'],
];
const asked = Object.fromEntries(writeQuestions) as Record<ProbeId, string>;

/** The names and email the run creates: all searchable by their prefix. */
export const testRecords = (stamp: string) => ({
  group: `zz-verify-school ${stamp}`,
  email: `zz-verify-school-${stamp}@example.com`,
});

const flipCase = (text: string): string =>
  text.replace(/\p{L}/gu, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()));

/** What a create answered for a record that exists. */
const duplicateFinding = (again: Answer, againId: string | undefined, firstId: string) => {
  if (!isSuccess(again.status)) return `refused-${again.status}`;
  return againId === firstId ? `existing-${again.status}` : 'duplicated';
};

const duplicateVerdict = (key: ProbeId, finding: string, again: Answer, twin: string): Finding => {
  const refused = finding.startsWith('refused-');
  const understood = !refused || behaviour.duplicateStatuses.includes(again.status);
  return {
    key,
    asked: asked[key],
    finding,
    answer: refused
      ? `Northpass refuses it: ${described(again)}`
      : finding === 'duplicated'
        ? `Northpass creates a second ${twin}`
        : `Northpass answers with the existing ${twin}${finding === 'existing-201' ? ' (as if new)' : ''}`,
    effect: understood ? 'ok' : 'not-available',
    note: understood
      ? `the app looks for the existing ${twin} first`
      : 'the app does not recognise this refusal',
  };
};

/** Runs the write probes, each finding handed to `found` as it comes. */
export const writeProbes = async (
  client: Client,
  ledger: Ledger,
  found: (key: ProbeId, finding: Finding) => void,
  /** Runs while the test learner is in the test group and the group has a course. */
  meanwhile: () => Promise<void>,
): Promise<void> => {
  const { group: name, email } = testRecords(ledger.stamp);
  const createGroup = async (groupName: string) => {
    const entry = ledger.plan('groups', groupName);
    const body = { data: { type: 'groups', attributes: { name: groupName } } };
    const answer = await ask(client, { method: 'POST', path: '/v2/groups', body, retry: false });
    return { answer, id: ledger.settle(entry, answer) };
  };
  const createPerson = async () => {
    const entry = ledger.plan('people', email);
    const attributes = { email, first_name: 'zz-verify-school', last_name: ledger.stamp };
    const body = { data: { type: 'people', attributes } };
    const answer = await ask(client, { method: 'POST', path: '/v2/people', body, retry: false });
    return { answer, id: ledger.settle(entry, answer) };
  };

  const group = await createGroup(name);
  if (!group.id)
    throw new Error(`Northpass did not create the test group: ${described(group.answer)}`);
  const groupId = group.id;
  const sameName = await createGroup(name);
  found(
    'duplicate-group',
    duplicateVerdict(
      'duplicate-group',
      duplicateFinding(sameName.answer, sameName.id, groupId),
      sameName.answer,
      'group',
    ),
  );
  const otherCase = await createGroup(flipCase(name));
  const caseFinding = duplicateFinding(otherCase.answer, otherCase.id, groupId);
  found('group-name-case', {
    key: 'group-name-case',
    asked: asked['group-name-case'],
    finding: caseFinding,
    answer:
      caseFinding === 'duplicated'
        ? 'no: Northpass creates a second group'
        : `yes: ${described(otherCase.answer)}`,
    effect: 'ok',
    note: 'the app ignores spaces and letter case in group names itself',
  });

  const person = await createPerson();
  if (!person.id)
    throw new Error(`Northpass did not create the test learner: ${described(person.answer)}`);
  const personId = person.id;
  const sameEmail = await createPerson();
  found(
    'duplicate-email',
    duplicateVerdict(
      'duplicate-email',
      duplicateFinding(sameEmail.answer, sameEmail.id, personId),
      sameEmail.answer,
      'learner',
    ),
  );

  const update = (method: 'PUT' | 'PATCH') =>
    ask(client, {
      method,
      path: `/v2/people/${personId}`,
      body: { data: { type: 'people', id: personId, attributes: { first_name: `zz-${method}` } } },
    });
  const [put, patch] = [await update('PUT'), await update('PATCH')];
  const verbs = [isSuccess(put.status) ? 'PUT' : '', isSuccess(patch.status) ? 'PATCH' : ''].filter(
    Boolean,
  );
  found('update-verb', {
    key: 'update-verb',
    asked: asked['update-verb'],
    finding: verbs.join('+') || 'none',
    answer:
      verbs.length > 0
        ? `yes, with ${verbs.join(' and ')}`
        : `no: PUT ${described(put)}; PATCH ${described(patch)}`,
    effect: verbs[0] === 'PUT' ? 'ok' : verbs[0] === 'PATCH' ? 'slower' : 'not-available',
    ...(verbs[0] === 'PATCH' ? { note: '1 request more, once a connection' } : {}),
  });

  const members = `/v2/groups/${groupId}/relationships/people`;
  const member = { data: [{ type: 'people', id: personId }] };
  const added = await ask(client, { method: 'POST', path: members, body: member });
  const addedAgain = await ask(client, { method: 'POST', path: members, body: member });
  const repeatOk =
    isSuccess(addedAgain.status) || behaviour.duplicateStatuses.includes(addedAgain.status);
  found('duplicate-membership', {
    key: 'duplicate-membership',
    asked: asked['duplicate-membership'],
    finding: !isSuccess(added.status)
      ? `failed-${added.status}`
      : isSuccess(addedAgain.status)
        ? 'silent'
        : `refused-${addedAgain.status}`,
    answer: !isSuccess(added.status)
      ? `the learner could not be added at all: ${described(added)}`
      : isSuccess(addedAgain.status)
        ? 'Northpass accepts it and changes nothing'
        : `Northpass refuses it: ${described(addedAgain)}`,
    effect: isSuccess(added.status) && repeatOk ? 'ok' : 'not-available',
    ...(isSuccess(added.status) && !isSuccess(addedAgain.status) && repeatOk
      ? { note: "1 request: the group's members confirm it" }
      : {}),
  });
  const groupIds = relationshipIds(
    single(await ask(client, { path: `/v2/people/${personId}` })),
    behaviour.groupsRelationship,
  );
  const listsGroup = groupIds?.includes(groupId) ?? false;
  found('single-relationships', {
    key: 'single-relationships',
    asked: asked['single-relationships'],
    finding: groupIds === undefined ? 'none' : listsGroup ? 'ids' : 'wrong',
    answer:
      groupIds === undefined
        ? 'no'
        : listsGroup
          ? 'yes'
          : 'it shows groups, but not the one just joined',
    effect: listsGroup ? 'ok' : 'slower',
    ...(listsGroup ? {} : { note: "1 request a group: the group's members are read instead" }),
  });

  found('course-assignment', await assignCourse(client, groupId, asked['course-assignment']));
  await meanwhile();

  const invite = await ask(client, {
    method: 'POST',
    path: behaviour.invitationsPath(personId),
    retry: false,
  });
  found('invitation', {
    key: 'invitation',
    asked: asked.invitation,
    finding: isSuccess(invite.status)
      ? 'works'
      : `${missing(invite) ? 'missing' : 'refused'}-${invite.status}`,
    answer: isSuccess(invite.status)
      ? 'yes (sent to the example.com address, which goes nowhere)'
      : missing(invite)
        ? `no: Northpass has no such request: ${described(invite)}`
        : `no: Northpass refused it: ${described(invite)}`,
    effect: isSuccess(invite.status) ? 'ok' : 'not-available',
  });

  const removed = await ask(client, { method: 'DELETE', path: members, body: member });
  const removedAgain = await ask(client, { method: 'DELETE', path: members, body: member });
  const understood =
    isSuccess(removedAgain.status) || behaviour.notMemberStatuses.includes(removedAgain.status);
  found('remove-non-member', {
    key: 'remove-non-member',
    asked: asked['remove-non-member'],
    finding: !isSuccess(removed.status)
      ? `failed-${removed.status}`
      : isSuccess(removedAgain.status)
        ? 'silent'
        : `refused-${removedAgain.status}`,
    answer: !isSuccess(removed.status)
      ? `the learner could not be removed at all: ${described(removed)}`
      : isSuccess(removedAgain.status)
        ? 'Northpass accepts it and changes nothing'
        : `Northpass refuses it: ${described(removedAgain)}`,
    effect: isSuccess(removed.status) && understood ? 'ok' : 'not-available',
  });
  found(
    'batch-membership',
    await batchMembership(client, groupId, personId, asked['batch-membership']),
  );
};
