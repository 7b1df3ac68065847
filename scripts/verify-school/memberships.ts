import { behaviour } from '../../src/client/behaviour.js';
import { ask, described, listed, type Probe } from './answers.js';

/** A person id no learner has: a filter on it that lists anyone was ignored. */
const NOBODY = '00000000-0000-4000-8000-000000000000';
/** Groups whose memberships are read, at most, to find one with a member. */
const GROUPS_TRIED = 5;

/**
 * Can a group's memberships be asked for one learner's? Asked of the first group (of a few) that
 * has a member, for a learner nobody is: anyone listed means the filter was ignored.
 */
export const membershipFilter: Probe = async (client) => {
  const groups = listed(await ask(client, { path: '/v2/groups', params: { limit: 25 } }));
  for (const group of groups.slice(0, GROUPS_TRIED)) {
    const path = `/v2/groups/${group.id}/memberships`;
    if (listed(await ask(client, { path, params: { limit: 1 } })).length === 0) continue;
    const answer = await ask(client, {
      path,
      params: { limit: 10, ...behaviour.membershipPersonFilter(NOBODY) },
    });
    const refused = answer.status === 400;
    const ignored = !refused && listed(answer).length > 0;
    return {
      key: 'membership-filter',
      asked: "Can a group's members be asked for one learner?",
      finding: refused ? 'refused' : ignored ? 'ignored' : 'works',
      answer: refused
        ? `no: Northpass refuses the filter: ${described(answer)}`
        : ignored
          ? 'no: the filter is ignored (other members are listed)'
          : 'yes',
      effect: refused || ignored ? 'slower' : 'ok',
      ...(refused || ignored
        ? { note: 'a group of more than 500 members is read 500 members a request' }
        : {}),
    };
  }
  return undefined;
};
