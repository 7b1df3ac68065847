import {
  ask,
  described,
  isSuccess,
  listed,
  nextLink,
  sortFinding,
  type Answer,
  type Finding,
  type Listed,
  type Probe,
} from './answers.js';
import type { Client } from './client.js';
import type { ProbeKey } from './probes.js';

/** The read-only probes about the school, its lists and their searches. */

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The school's name from `GET /v2/properties/school`, or undefined when it is hidden. */
export const schoolName = (answer: Answer): string | undefined => {
  const data = isRecord(answer.data) ? answer.data.data : undefined;
  const attributes = isRecord(data) ? data.attributes : undefined;
  const properties = isRecord(attributes) ? attributes.properties : undefined;
  const name = isRecord(properties) ? properties.name : undefined;
  return isSuccess(answer.status) && typeof name === 'string' && name.trim() ? name : undefined;
};

/** Which school the key opens. */
export const school: Probe = async (client) => {
  const answer = await ask(client, { path: '/v2/properties/school' });
  const name = schoolName(answer);
  return {
    key: 'school',
    asked: 'Which school does this key open?',
    finding: name ? 'named' : 'hidden',
    answer: name ? `“${name}”` : `its name is hidden from this key: ${described(answer)}`,
    effect: 'ok',
    ...(name ? {} : { note: 'the connection is labelled “Northpass school”' }),
  };
};

const flipCase = (text: string): string =>
  text.replace(/\p{L}/gu, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()));

/** A name no record has: a search that lists anything for it was ignored. */
const NO_SUCH_NAME = 'zq-no-such-name-7f3a';
const nameOf = (record: Listed) =>
  typeof record.attributes.name === 'string' ? record.attributes.name : '';

/**
 * Does a name search find any letter case of a name? As the app asks it: a name from the first
 * page with its letter case flipped, with `cont`, then `i_cont`; a search that lists records for
 * a name no record has was ignored.
 */
export const nameSearch =
  (plural: 'courses' | 'groups', noun: string): Probe =>
  async (client) => {
    const path = `/v2/${plural}`;
    const first = listed(await ask(client, { path, params: { limit: 100, sort: 'name' } }));
    const page =
      first.length > 0 ? first : listed(await ask(client, { path, params: { limit: 100 } }));
    if (page.length === 0) return undefined;
    const probe = page.find((record) => flipCase(nameOf(record)) !== nameOf(record));
    const flipped = flipCase(probe ? nameOf(probe) : '');
    const seen = { ignored: false };
    const works = async (predicate: 'cont' | 'i_cont') => {
      const search = (name: string) =>
        ask(client, { path, params: { limit: 100, [`filter[name][${predicate}]`]: name } });
      const found = listed(await search(flipped));
      const matching = found.every((record) =>
        nameOf(record).toLowerCase().includes(flipped.toLowerCase()),
      );
      if (!found.some((record) => record.id === probe?.id) || !matching) {
        seen.ignored ||= !matching;
        return false;
      }
      const none = listed(await search(NO_SUCH_NAME)).length === 0;
      seen.ignored ||= !none;
      return none;
    };
    const search = !probe
      ? 'walk'
      : (await works('cont'))
        ? 'cont'
        : (await works('i_cont'))
          ? 'i_cont'
          : 'walk';
    const key: ProbeKey = `name-search:${plural}`;
    const asked = `Does searching for a ${noun} by name find it whatever its letter case?`;
    const walk = `a ${noun} name not found as typed: the whole list is read (up to 1,000 ${plural}, 10 requests)`;
    if (search === 'cont') {
      return { key, asked, finding: search, answer: 'yes', effect: 'ok' };
    }
    if (search === 'i_cont') {
      return {
        key,
        asked,
        finding: search,
        answer: 'the usual search tells letter case apart; a second, case-blind search exists',
        effect: 'slower',
        note: `a ${noun} name not found as typed: 1 request more`,
      };
    }
    return {
      key,
      asked,
      finding: search,
      answer: !probe
        ? `no ${noun} name has letters to test with`
        : seen.ignored
          ? `name searches are ignored: every ${noun} comes back, whatever name is asked for`
          : 'no: the search tells letter case apart, and no search ignores it',
      effect: 'slower',
      note: walk,
    };
  };

const listSort =
  (plural: 'people' | 'groups' | 'courses', noun: string): Probe =>
  async (client) => {
    const sort = await sortFinding(client, `/v2/${plural}`, 'created_at');
    if (!sort) return undefined;
    const asked = `Can the ${noun} list be read newest first?`;
    const base = { key: `sort:${plural}` as ProbeKey, asked, finding: sort.finding };
    if (sort.finding === 'honoured') return { ...base, answer: 'yes', effect: 'ok' };
    return {
      ...base,
      answer: sort.refusal
        ? `no: Northpass refuses to sort it: ${described(sort.refusal)}`
        : 'no: the list comes back in the same order either way',
      effect: 'slower',
      note: `a poll reads up to 20 requests (2,000 ${plural}) instead of 1, and sorts them itself`,
    };
  };

export const peopleSort = listSort('people', 'learner');
export const groupsSort = listSort('groups', 'group');
export const coursesSort = listSort('courses', 'course');

/** Do people lists carry each learner's group ids? */
export const listRelationships: Probe = async (client) => {
  const people = listed(await ask(client, { path: '/v2/people', params: { limit: 100 } }));
  const withIds = people.filter((person) => {
    const groups = person.relationships?.groups;
    return isRecord(groups) && Array.isArray(groups.data) && groups.data.length > 0;
  });
  if (withIds.length === 0 && people.length < 2) return undefined;
  return {
    key: 'list-relationships',
    asked: "Does the learner list show each learner's groups?",
    finding: withIds.length > 0 ? 'ids' : 'none',
    answer: withIds.length > 0 ? 'yes' : 'no learner listed shows any group',
    effect: 'ok',
    note: "the app reads the group's members either way",
  };
};

/** Is `limit` honoured, and do next links keep it? */
export const paging: Probe = async (client) => {
  const page = await ask(client, { path: '/v2/courses', params: { limit: 1 } });
  const records = listed(page);
  const next = nextLink(page);
  if (records.length === 0) return undefined;
  const honoured = records.length <= 1;
  const keeps = next === undefined ? undefined : /[?&]limit=1(&|$)/.test(next);
  return {
    key: 'paging',
    asked: 'Does Northpass send lists in pages of the size the app asks for?',
    finding: `${honoured ? 'limit' : 'no-limit'}:${keeps === undefined ? 'no-next' : keeps ? 'keeps' : 'drops'}`,
    answer: honoured
      ? `yes${keeps === false ? ' (its links to the next page forget the size)' : ''}`
      : `no: a page of 1 came back with ${records.length} courses`,
    effect: 'ok',
    note: 'the app builds every page request itself',
  };
};

/** Which status words the school's courses carry. */
export const courseStatus: Probe = async (client) => {
  const courses = listed(await ask(client, { path: '/v2/courses', params: { limit: 100 } }));
  const words = new Set(
    courses.flatMap((course) =>
      typeof course.attributes.status === 'string' ? [course.attributes.status.toLowerCase()] : [],
    ),
  );
  const published = ['published', 'live'].filter((word) => words.has(word));
  return {
    key: 'course-status',
    asked: 'Which word marks a published course, and are archived courses marked?',
    finding: published.join('+') || 'none',
    answer:
      words.size === 0
        ? 'no course shows a status'
        : `the courses say ${[...words].map((word) => `“${word}”`).join(', ')}`,
    effect: 'ok',
    note: 'the app learns the word from the courses it reads',
  };
};

const bodyWords = {
  json: 'Northpass’s JSON errors',
  empty: 'an empty body',
  page: 'a web page',
  other: 'unreadable text',
};

/** What body comes with a 404: JSON errors, an empty body, or a web page? */
export const notFoundBody: Probe = async (client: Client): Promise<Finding> => {
  const record = await ask(client, { path: '/v2/people/00000000-0000-4000-8000-000000000000' });
  const list = await ask(client, {
    path: '/v2/people',
    params: { 'filter[email][eq]': 'zz-verify-school-nobody@example.com', limit: 1 },
  });
  const notFound = [record, list].filter((answer) => answer.status === 404);
  const page = notFound.some((answer) => answer.body === 'page' || answer.body === 'other');
  const told = (answer: Answer) =>
    answer.status === 404 ? `404 with ${bodyWords[answer.body]}` : described(answer);
  return {
    key: 'not-found-body',
    asked: 'How does Northpass say “no such record”?',
    finding: `record:${record.status}-${record.body},list:${list.status}-${list.body}`,
    answer: `a learner that does not exist: ${told(record)}; a search that finds nobody: ${told(list).replace('HTTP 200', 'an empty list')}`,
    effect: page ? 'not-available' : 'ok',
    ...(page
      ? {
          note: 'a 404 page is not Northpass’s answer: those steps will fail instead of answering “none”',
        }
      : {}),
  };
};
