import { ask, described, isSuccess, listed, type Finding } from './answers.js';
import type { Client } from './client.js';

/** A person id no learner has. */
const NOBODY = '00000000-0000-4000-8000-000000000000';

/**
 * Does one person Northpass refuses fail a batched membership write? The test learner (not in
 * the test group now) is added together with a learner who does not exist; the group's members
 * then say whether the learner was added anyway. The test group is removed at the end of the run.
 */
export const batchMembership = async (
  client: Client,
  groupId: string,
  personId: string,
  asked: string,
): Promise<Finding> => {
  const body = {
    data: [
      { type: 'people', id: personId },
      { type: 'people', id: NOBODY },
    ],
  };
  const answer = await ask(client, {
    method: 'POST',
    path: `/v2/groups/${groupId}/relationships/people`,
    body,
  });
  const members = await ask(client, {
    path: `/v2/groups/${groupId}/memberships`,
    params: { limit: 100 },
  });
  const added = listed(members).some((item) => JSON.stringify(item).includes(personId));
  const finding = isSuccess(answer.status)
    ? `accepted-${added ? 'added' : 'none'}`
    : added
      ? `partial-${answer.status}`
      : `whole-${answer.status}`;
  return {
    key: 'batch-membership',
    asked,
    finding,
    answer: isSuccess(answer.status)
      ? 'Northpass accepts the batch and ignores the unknown learner'
      : added
        ? `Northpass adds the others, then refuses: ${described(answer)}`
        : `Northpass refuses the whole batch: ${described(answer)}`,
    effect: isSuccess(answer.status) ? 'not-available' : 'ok',
    ...(isSuccess(answer.status)
      ? { note: 'Onboard Learners would count a learner Northpass ignored as added' }
      : added
        ? { note: "1 request a refused batch: the group's members say who is in" }
        : {}),
  };
};
