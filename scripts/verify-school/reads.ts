import { courseCollection } from '../../src/resources/courses/api.js';
import { groupCollection } from '../../src/resources/groups/api.js';
import { learnNameSearch } from '../../src/resources/name-lists.js';
import type { NamedCollection, NamedRecord } from '../../src/resources/names.js';
import { ask, described, isSuccess, listed, nextLink, sortProbe, type Probe } from './answers.js';
import { emailFilter, enrollments, idsFilter } from './people.js';

const SEARCHES = {
  cont: ['`filter[name][cont]` ignores letter case', 'finds any spelling of a name in 1 request'],
  i_cont: [
    '`cont` tells letter case apart; `filter[name][i_cont]` ignores it',
    'searches names with `i_cont`: 1 request (2 the first time a name is missing)',
  ],
  walk: [
    '`cont` tells letter case apart, and no filter ignores it',
    'reads the whole list (up to 1,000 records, 10 requests) when a name is not found as typed',
  ],
} as const;

/** Does a name search find every letter case of a name? */
export const nameSearch =
  (kind: NamedCollection<NamedRecord>): Probe =>
  async (z) => {
    const search = await learnNameSearch(z, kind);
    if (!search) return undefined;
    const [answer, app] = SEARCHES[search];
    return {
      key: `name-search:${kind.plural}`,
      question: `Does a ${kind.noun} name search ignore letter case?`,
      finding: search,
      answer,
      app,
    };
  };

const listSort = (noun: string, path: string): Probe =>
  sortProbe(
    `sort:${noun}`,
    `Is the ${noun} list sorted newest first when asked?`,
    path,
    'created_at',
    ['polls read 1 page', 'polls read up to 20 pages (2,000 records) and sort them'],
  );

export const peopleSort = listSort('people', '/v2/people');
export const groupsSort = listSort('groups', '/v2/groups');
export const coursesSort = listSort('courses', '/v2/courses');

/** Do people lists carry each learner's group ids? */
export const listRelationships: Probe = async (z) => {
  const people = listed(await ask(z, { path: '/v2/people', params: { limit: 100 } }));
  const withIds = people.filter((person) => {
    const groups = person.relationships?.groups;
    return (
      typeof groups === 'object' &&
      groups !== null &&
      'data' in groups &&
      Array.isArray(groups.data) &&
      groups.data.length > 0
    );
  });
  if (withIds.length === 0 && people.length < 2) return undefined;
  return {
    key: 'list-relationships',
    question: "Do people lists carry each learner's group ids?",
    finding: withIds.length > 0 ? 'ids' : 'none',
    answer:
      withIds.length > 0
        ? 'yes, as `relationships.groups.data`'
        : 'no group ids on any learner listed',
    app: "New Learner's group filter reads the group's memberships either way (2 requests a poll)",
  };
};

/** Is `limit` honoured, and do next links keep it? */
export const paging: Probe = async (z) => {
  const page = await ask(z, { path: '/v2/courses', params: { limit: 1 } });
  const records = listed(page);
  const next = nextLink(page);
  if (records.length === 0) return undefined;
  const honoured = records.length <= 1;
  const keeps = next === undefined ? undefined : /[?&]limit=1(&|$)/.test(next);
  return {
    key: 'paging',
    question: 'Is `limit` honoured, and do `links.next` keep it?',
    finding: `${honoured ? 'limit' : 'no-limit'}:${keeps === undefined ? 'no-next' : keeps ? 'keeps' : 'drops'}`,
    answer: `${honoured ? '`limit` is honoured' : `\`limit=1\` answered ${records.length} records`}; ${keeps === undefined ? 'no next link to judge' : keeps ? 'next links keep `limit`' : 'next links drop `limit`'}`,
    app: 'builds every page and its `limit` itself; a poll returns at most 100 records, each once',
  };
};

/** Which school the key opens. */
export const school: Probe = async (z) => {
  const answer = await ask(z, { path: '/v2/properties/school' });
  return {
    key: 'school',
    question: 'Which school does the key open?',
    finding: isSuccess(answer.status) ? 'named' : 'hidden',
    answer: isSuccess(answer.status)
      ? 'the school properties answer (the connection shows its name)'
      : `properties hidden: ${described(answer)}`,
    app: 'labels the connection with the school name, or "Northpass school"',
  };
};

/** Every read-only probe, with the topic it asks about. */
export const readProbes: [topic: string, probe: Probe][] = [
  ['the school', school],
  ['course name search', nameSearch(courseCollection)],
  ['group name search', nameSearch(groupCollection)],
  ['sorting people', peopleSort],
  ['sorting groups', groupsSort],
  ['sorting courses', coursesSort],
  ['group ids in people lists', listRelationships],
  ['paging', paging],
  ['course enrollments', enrollments],
  ['people by id', idsFilter],
  ['people by email', emailFilter],
];
