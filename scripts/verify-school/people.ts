import {
  ask,
  described,
  included,
  isSuccess,
  listed,
  sortFinding,
  time,
  type Listed,
  type Probe,
} from './answers.js';
import type { Client } from './client.js';

/** The read-only probes about learners: their enrollments, and finding them by id or email. */

const isPeople = (resource: unknown) =>
  typeof resource === 'object' &&
  resource !== null &&
  'type' in resource &&
  resource.type === 'people';

/** The enrollments path of a course with enrollments (of the first 10 courses), or undefined. */
const enrolledCourse = async (client: Client): Promise<string | undefined> => {
  const courses = listed(await ask(client, { path: '/v2/courses', params: { limit: 10 } }));
  for (const course of courses) {
    const path = `/v2/courses/${encodeURIComponent(course.id)}/enrollments`;
    if (listed(await ask(client, { path, params: { limit: 2 } })).length > 0) return path;
  }
  return undefined;
};

/**
 * Where a descending sort puts enrollments never active: `first` (PostgreSQL's default) or
 * `last`; `unknown` when one page of the course has not both kinds.
 */
const undatedPlace = async (client: Client, path: string) => {
  const page = listed(await ask(client, { path, params: { limit: 100, sort: '-last_active_on' } }));
  const dated = page.map((record) => Number.isFinite(time(record, 'last_active_on')));
  const firstDated = dated.indexOf(true);
  const firstUndated = dated.indexOf(false);
  if (firstDated < 0 || firstUndated < 0) return 'unknown';
  return firstUndated < firstDated ? 'first' : 'last';
};

/** Are `include=person` and `sort` honoured on course enrollments? */
export const enrollments: Probe = async (client) => {
  const path = await enrolledCourse(client);
  if (!path) return undefined;
  const withPeople = await ask(client, { path, params: { limit: 5, include: 'person' } });
  const include =
    withPeople.status === 400
      ? 'refused'
      : included(withPeople).some(isPeople)
        ? 'honoured'
        : 'ignored';
  const sort = await sortFinding(client, path, 'last_active_on');
  const undated = sort?.finding === 'honoured' ? await undatedPlace(client, path) : undefined;
  const costs = [
    ...(include === 'honoured' ? [] : ["learners' names and emails: up to 2 requests more a poll"]),
    ...(sort?.finding === 'honoured'
      ? undated === 'first'
        ? ['up to 20 requests a poll to read past learners who never started']
        : []
      : sort
        ? ['up to 20 requests a poll, sorted by the app']
        : []),
  ];
  return {
    key: 'enrollments',
    asked:
      "Can a course's enrollments be read most recently active first, with the learners' names?",
    finding: `include:${include},sort:${sort?.finding ?? 'unknown'}${undated ? `,undated:${undated}` : ''}`,
    answer: [
      `names ${include === 'honoured' ? 'included' : include === 'refused' ? `refused: ${described(withPeople)}` : 'not included'}`,
      sort
        ? `order ${sort.finding === 'honoured' ? 'as asked' : sort.finding === 'refused' ? 'refused' : 'ignored'}`
        : 'order could not be judged (fewer than 2 learners have started)',
      ...(undated ? [`learners who never started come ${undated}`] : []),
    ].join('; '),
    effect: costs.length > 0 ? 'slower' : 'ok',
    ...(costs.length > 0 ? { note: costs.join('; ') } : {}),
  };
};

/** Do course enrollments carry `progress`? */
export const enrollmentProgress: Probe = async (client) => {
  const path = await enrolledCourse(client);
  const asked = "Do a course's enrollments say how far each learner is (their progress)?";
  if (!path) {
    return {
      key: 'enrollment-progress',
      asked,
      finding: 'unjudged',
      answer: 'could not be judged: no course of the first 10 has enrollments',
      effect: 'ok',
      note: 'nothing to check until a learner is enrolled',
    };
  }
  const records = listed(await ask(client, { path, params: { limit: 100 } }));
  const carry = records.some((record) => 'progress' in record.attributes);
  return {
    key: 'enrollment-progress',
    asked,
    finding: carry ? 'present' : 'absent',
    answer: carry ? 'yes' : `no: none of ${records.length} enrollments shows a progress`,
    effect: carry ? 'ok' : 'not-available',
    ...(carry ? {} : { note: 'completions cannot be seen without a progress' }),
  };
};

/** Does `filter[id][in]` select several people in one request? */
export const idsFilter: Probe = async (client) => {
  // two of three: a filter that is ignored lists the third as well
  const people = listed(await ask(client, { path: '/v2/people', params: { limit: 3 } }));
  if (people.length < 3) return undefined;
  const wanted = people.slice(0, 2).map((person) => person.id);
  const answer = await ask(client, {
    path: '/v2/people',
    params: { 'filter[id][in]': wanted.join(','), limit: 100 },
  });
  const found = listed(answer);
  const works =
    isSuccess(answer.status) &&
    found.length === 2 &&
    found.every((person) => wanted.includes(person.id));
  const finding = works
    ? 'works'
    : answer.status === 400
      ? 'refused'
      : found.length === 0
        ? 'empty'
        : 'ignored';
  return {
    key: 'ids-filter',
    asked: 'Can several learners be read in one request?',
    finding,
    answer: works
      ? 'yes'
      : finding === 'refused'
        ? `no: Northpass refuses the search: ${described(answer)}`
        : finding === 'empty'
          ? `no: the search found none of the 2 learners asked for: ${described(answer)}`
          : 'no: the search is ignored (other learners came back)',
    effect: works ? 'ok' : 'slower',
    ...(works ? {} : { note: 'learners are read one by one: up to 2 requests a poll' }),
  };
};

const emailOf = (person: Listed | undefined) =>
  typeof person?.attributes.email === 'string' ? person.attributes.email : undefined;

/** Does `filter[email][eq]` find a learner by email? */
export const emailFilter: Probe = async (client) => {
  // the second learner: a filter that is ignored answers with the first
  const target = listed(await ask(client, { path: '/v2/people', params: { limit: 2 } }))[1];
  const email = emailOf(target);
  if (!target || !email) return undefined;
  const answer = await ask(client, {
    path: '/v2/people',
    params: { 'filter[email][eq]': email, limit: 10 },
  });
  const found = listed(answer);
  const works = isSuccess(answer.status) && found.length === 1 && found[0]?.id === target.id;
  const finding = works
    ? 'works'
    : answer.status === 400
      ? 'refused'
      : found.length === 0
        ? 'missed'
        : 'ignored';
  return {
    key: 'email-filter',
    asked: 'Can a learner be found by email in one request?',
    finding,
    answer:
      finding === 'works'
        ? 'yes'
        : finding === 'refused'
          ? `no: Northpass refuses the search: ${described(answer)}`
          : finding === 'missed'
            ? `no: the search found nobody, not even the learner asked for: ${described(answer)}`
            : 'no: the search is ignored (other learners came back)',
    effect: works ? 'ok' : 'slower',
    ...(works
      ? {}
      : { note: 'the learner list is read instead: up to 10 requests (1,000 learners)' }),
  };
};

const flipCase = (text: string): string =>
  text.replace(/\p{L}/gu, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()));

/** Does `filter[email][eq]` ignore letter case? */
export const emailCase: Probe = async (client) => {
  const people = listed(await ask(client, { path: '/v2/people', params: { limit: 100 } }));
  const target = people.find((person) => /\p{L}/u.test(emailOf(person) ?? ''));
  const email = emailOf(target);
  if (!target || !email) return undefined;
  const answer = await ask(client, {
    path: '/v2/people',
    params: { 'filter[email][eq]': flipCase(email), limit: 10 },
  });
  const found = listed(answer);
  const same = found.every((person) => emailOf(person)?.toLowerCase() === email.toLowerCase());
  const finding = !same
    ? 'unjudged'
    : found.some((person) => person.id === target.id)
      ? 'ignored'
      : 'exact';
  const asked =
    'Is a learner found by email whatever its letter case (Jane@Acme.com, jane@acme.com)?';
  if (finding === 'unjudged') {
    return {
      key: 'email-case',
      asked,
      finding,
      answer: 'could not be judged: the email search does not work here (see above)',
      effect: 'ok',
    };
  }
  return {
    key: 'email-case',
    asked,
    finding,
    answer: finding === 'ignored' ? 'yes: the search ignores letter case' : 'no: only as stored',
    effect: finding === 'ignored' ? 'ok' : 'slower',
    ...(finding === 'ignored'
      ? {}
      : {
          note: 'an email that finds nobody as typed: up to 2 requests more (a case-blind search)',
        }),
  };
};
