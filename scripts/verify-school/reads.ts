import type { ZObject } from 'zapier-platform-core';

import { courseCollection } from '../../src/resources/courses/api.js';
import { groupCollection } from '../../src/resources/groups/api.js';
import { learnNameSearch } from '../../src/resources/name-lists.js';
import type { NamedCollection, NamedRecord } from '../../src/resources/names.js';
import { ask, described, included, isSuccess, listed, nextLink, type Verdict } from './answers.js';

/** A probe that needs records the school may not have answers undefined, to be asked again later. */
export type Probe = (z: ZObject) => Promise<Verdict | undefined>;

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

const time = (record: { attributes: Record<string, unknown> }, key: string) => {
  const value = record.attributes[key];
  return typeof value === 'string' ? Date.parse(value) : Number.NaN;
};

/**
 * Is `sort` honoured on a list? The list is read sorted both ways: honoured, the two pages
 * differ in order; ignored, they are the same page.
 */
const sortProbe =
  (key: string, question: string, path: string, field: string, app: [string, string]): Probe =>
  async (z) => {
    const newest = await ask(z, { path, params: { limit: 100, sort: `-${field}` } });
    if (newest.status === 400) {
      return {
        key,
        question,
        finding: 'refused',
        answer: `refused: ${described(newest)}`,
        app: app[1],
      };
    }
    const oldest = await ask(z, { path, params: { limit: 100, sort: field } });
    const dated = (records: ReturnType<typeof listed>) =>
      records.filter((record) => Number.isFinite(time(record, field)));
    const down = dated(listed(newest));
    const up = dated(listed(oldest));
    if (new Set(down.map((record) => time(record, field))).size < 2) return undefined;
    const honoured =
      time(down[0] ?? { attributes: {} }, field) >=
        time(down.at(-1) ?? { attributes: {} }, field) && down[0]?.id !== up[0]?.id;
    return honoured
      ? {
          key,
          question,
          finding: 'honoured',
          answer: `\`sort=-${field}\` is honoured`,
          app: app[0],
        }
      : {
          key,
          question,
          finding: 'ignored',
          answer: '`sort` is ignored: the same order either way',
          app: app[1],
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

const isPeople = (resource: unknown) =>
  typeof resource === 'object' &&
  resource !== null &&
  'type' in resource &&
  resource.type === 'people';

/** A course with enrollments, or undefined. */
const enrolledCourse = async (z: ZObject): Promise<string | undefined> => {
  const courses = listed(await ask(z, { path: '/v2/courses', params: { limit: 10 } }));
  for (const course of courses) {
    const path = `/v2/courses/${course.id}/enrollments`;
    if (listed(await ask(z, { path, params: { limit: 2 } })).length > 0) return path;
  }
  return undefined;
};

/** Are `include=person` and `sort` honoured on course enrollments? */
export const enrollments: Probe = async (z) => {
  const path = await enrolledCourse(z);
  if (!path) return undefined;
  const withPeople = await ask(z, { path, params: { limit: 5, include: 'person' } });
  const include =
    withPeople.status === 400
      ? 'refused'
      : included(withPeople).some(isPeople)
        ? 'honoured'
        : 'ignored';
  const sort = await sortProbe('', '', path, 'last_active_on', ['', ''])(z);
  return {
    key: 'enrollments',
    question: 'Are `include=person` and `sort=-last_active_on` honoured on course enrollments?',
    finding: `include:${include},sort:${sort?.finding ?? 'unknown'}`,
    answer: `include ${include === 'refused' ? `refused (${described(withPeople)})` : include}; sort ${sort?.finding ?? 'could not be judged (fewer than 2 active learners)'}`,
    app: `${include === 'honoured' ? 'completions carry names and emails in the same request' : 'looks learners up (1 batched request, or up to 2 reads a poll)'}; ${
      sort?.finding === 'honoured'
        ? 'reads 1 page a poll'
        : sort
          ? 'reads up to 20 pages a poll and sorts them'
          : "judges each page's order, and reads up to 20 pages when it cannot tell"
    }`,
  };
};

/** Does `filter[id][in]` select several people in one request? */
export const idsFilter: Probe = async (z) => {
  // two of three: a filter that is ignored lists the third as well
  const people = listed(await ask(z, { path: '/v2/people', params: { limit: 3 } }));
  if (people.length < 3) return undefined;
  const wanted = people.slice(0, 2).map((person) => person.id);
  const answer = await ask(z, {
    path: '/v2/people',
    params: { 'filter[id][in]': wanted.join(','), limit: 100 },
  });
  const found = listed(answer);
  const works =
    isSuccess(answer.status) &&
    found.length === 2 &&
    found.every((person) => wanted.includes(person.id));
  const finding = works ? 'works' : answer.status === 400 ? 'refused' : 'ignored';
  return {
    key: 'ids-filter',
    question: 'Does `filter[id][in]` select several learners in one request?',
    finding,
    answer: works
      ? 'yes'
      : finding === 'refused'
        ? `refused: ${described(answer)}`
        : 'ignored: other learners came back',
    app: works
      ? 'looks up missing learner details in 1 request'
      : 'reads missing learner details one by one (up to 2 a poll)',
  };
};

/** Does `filter[email][eq]` find a learner by email? */
export const emailFilter: Probe = async (z) => {
  // the second learner: a filter that is ignored answers with the first
  const target = listed(await ask(z, { path: '/v2/people', params: { limit: 2 } }))[1];
  const email = target?.attributes.email;
  if (!target || typeof email !== 'string') return undefined;
  const answer = await ask(z, {
    path: '/v2/people',
    params: { 'filter[email][eq]': email, limit: 10 },
  });
  const found = listed(answer);
  const works = isSuccess(answer.status) && found.length === 1 && found[0]?.id === target.id;
  const finding = works ? 'works' : answer.status === 400 ? 'refused' : 'ignored';
  return {
    key: 'email-filter',
    question: 'Does `filter[email][eq]` find a learner by email?',
    finding,
    answer: works
      ? 'yes'
      : finding === 'refused'
        ? `refused: ${described(answer)}`
        : 'no: other learners came back',
    app: works
      ? 'finds a learner by email in 1 request'
      : 'reads the learner list instead (up to 1,000 learners, 10 requests)',
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
