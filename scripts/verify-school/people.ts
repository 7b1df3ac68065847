import type { ZObject } from 'zapier-platform-core';

import {
  ask,
  described,
  included,
  isSuccess,
  listed,
  sortProbe,
  time,
  type Probe,
} from './answers.js';

/** The read-only probes about learners: their enrollments, and finding them by id or email. */

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

/**
 * Where a descending sort puts enrollments never active: `first` (PostgreSQL's default) or
 * `last`; `unknown` when one page of the course has not both kinds.
 */
const undatedPlace = async (z: ZObject, path: string): Promise<'first' | 'last' | 'unknown'> => {
  const page = listed(await ask(z, { path, params: { limit: 100, sort: '-last_active_on' } }));
  const dated = page.map((record) => Number.isFinite(time(record, 'last_active_on')));
  const firstDated = dated.indexOf(true);
  const firstUndated = dated.indexOf(false);
  if (firstDated < 0 || firstUndated < 0) return 'unknown';
  return firstUndated < firstDated ? 'first' : 'last';
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
  const sort = await sortProbe('enrollments', '', path, 'last_active_on', ['', ''])(z);
  const undated = sort?.finding === 'honoured' ? await undatedPlace(z, path) : undefined;
  return {
    key: 'enrollments',
    question:
      'Are `include=person` and `sort=-last_active_on` honoured on course enrollments, and where are never-active ones?',
    finding: `include:${include},sort:${sort?.finding ?? 'unknown'}${undated ? `,undated:${undated}` : ''}`,
    answer: `include ${include === 'refused' ? `refused (${described(withPeople)})` : include}; sort ${sort?.finding ?? 'could not be judged (fewer than 2 active learners)'}${undated ? `; never-active enrollments ${undated}` : ''}`,
    app: `${include === 'honoured' ? 'completions carry names and emails in the same request' : 'looks learners up (1 batched request, or up to 2 reads a poll)'}; ${
      sort?.finding === 'honoured'
        ? undated === 'first'
          ? 'reads on past never-active enrollments until 100 active ones (up to 20 pages a poll)'
          : 'reads 1 page a poll'
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
