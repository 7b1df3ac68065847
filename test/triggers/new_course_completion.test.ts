import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/triggers/new_course_completion.js';
import {
  fixture,
  knowing,
  learned,
  listFixture,
  listOf,
  northpass,
  pageOf,
  raised,
  run,
  sentRequests,
  type FixtureResource,
} from '../helpers.js';
import { logged } from '../console.js';

const fundamentals = fixture('courses/course.fundamentals');
const ada = fixture('people/person.ada');
const COURSE_ID = fundamentals.data.id;
const LIN_ID = 'c0ffee00-1111-4222-8333-444455556666';
const ADA_ID = ada.data.id;
const enrollmentsQuery = { limit: 100, sort: '-last_active_on', include: 'person' };
const enrollments = listFixture('enrollments/enrollments.fundamentals');
/** The enrollments as Northpass lists them when it ignores `include`: ids only. */
const withoutPeople = { data: enrollments.data, links: {} };

const adaCompletion = {
  id: `${COURSE_ID}:${ADA_ID}`,
  course_id: COURSE_ID,
  course_name: 'Product Fundamentals',
  learner_id: ADA_ID,
  learner_email: 'ada@example.com',
  learner_first_name: 'Ada',
  learner_last_name: 'Lovelace',
  learner_name: 'Ada Lovelace',
  progress: 100,
  enrolled_at: '2026-11-20T10:05:00Z',
  completed_at: '2026-11-24T15:42:10Z',
  last_active_on: '2026-11-24T15:42:10Z',
};
const linCompletion = {
  id: `${COURSE_ID}:${LIN_ID}`,
  course_id: COURSE_ID,
  course_name: 'Product Fundamentals',
  learner_id: LIN_ID,
  learner_email: 'lin@example.com',
  learner_first_name: 'Lin',
  learner_last_name: 'Zhao',
  learner_name: 'Lin Zhao',
  progress: 100,
  enrolled_at: '2026-11-01T08:00:00Z',
  completed_at: '2026-11-25T17:30:00Z',
  last_active_on: '2026-11-25T17:30:00Z',
};
const lin: FixtureResource = {
  id: LIN_ID,
  type: 'people',
  attributes: {
    email: 'lin@example.com',
    first_name: 'Lin',
    last_name: 'Zhao',
    full_name: 'Lin Zhao',
  },
};

describe('new_course_completion when Northpass sorts and embeds people', () => {
  it('emits one item per learner at 100 %, newest first, with names and emails, in two requests', async () => {
    northpass()
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query(enrollmentsQuery)
      .reply(200, enrollments);

    expect(await run(perform, { course: COURSE_ID })).toEqual([linCompletion, adaCompletion]);
    expect(sentRequests).toEqual([
      `GET /v2/courses/${COURSE_ID}`,
      `GET /v2/courses/${COURSE_ID}/enrollments?include=person&limit=100&sort=-last_active_on`,
    ]);
  });

  it('asks for a small page when the editor loads a sample', async () => {
    northpass()
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query({ ...enrollmentsQuery, limit: 10 })
      .reply(200, listOf());
    expect(await run(perform, { course: COURSE_ID }, { isLoadingSample: true })).toEqual([]);
  });

  it('emits a learner enrolled twice (through two groups) once', async () => {
    const [first] = enrollments.data;
    const again = { ...first, id: '999' } as FixtureResource;
    northpass()
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query(enrollmentsQuery)
      .reply(200, { ...enrollments, data: [...enrollments.data, again] });
    const completions = await run(perform, { course: COURSE_ID });
    expect(completions.map((completion) => completion.id)).toEqual([
      linCompletion.id,
      adaCompletion.id,
    ]);
  });
});

describe('new_course_completion when Northpass does not embed people', () => {
  it('fills names and emails with one batched lookup by id: three requests', async () => {
    northpass()
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query(enrollmentsQuery)
      .reply(200, withoutPeople)
      .get('/v2/people')
      .query({ 'filter[id][in]': `${LIN_ID},${ADA_ID}`, limit: 100 })
      .reply(200, listOf(lin, ada.data));
    expect(await run(perform, { course: COURSE_ID })).toEqual([linCompletion, adaCompletion]);
    expect(sentRequests).toHaveLength(3);
  });

  it('learns the batched lookup unsupported when it lists nobody for learners that exist', async () => {
    northpass()
      .get(`/v2/courses/${COURSE_ID}`)
      .twice()
      .reply(200, fundamentals)
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query(enrollmentsQuery)
      .twice()
      .reply(200, withoutPeople)
      .get('/v2/people')
      .query({ 'filter[id][in]': `${LIN_ID},${ADA_ID}`, limit: 100 })
      .reply(200, listOf())
      .get(`/v2/people/${LIN_ID}`)
      .reply(200, { data: lin })
      .get(`/v2/people/${ADA_ID}`)
      .reply(200, ada);
    await run(perform, { course: COURSE_ID });
    expect(learned()).toMatchObject({ idFilter: false });
    // the next poll spends nothing on it
    await run(perform, { course: COURSE_ID });
    expect(sentRequests.filter((line) => line.includes('filter[id][in]'))).toHaveLength(1);
  });

  it('reads learners one by one, at most four requests a poll, when the batched lookup is refused', async () => {
    northpass()
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query(enrollmentsQuery)
      .reply(200, withoutPeople)
      .get('/v2/people')
      .query({ 'filter[id][in]': `${LIN_ID},${ADA_ID}`, limit: 100 })
      .reply(400, { errors: [{ detail: 'unsupported filter predicate in' }] })
      .get(`/v2/people/${LIN_ID}`)
      .reply(200, { data: lin });
    // the first poll: Zapier takes its items as seen, so one without its learner is sent as it is
    const completions = await run(perform, { course: COURSE_ID });
    expect(completions).toEqual([
      linCompletion,
      {
        ...adaCompletion,
        learner_email: null,
        learner_first_name: null,
        learner_last_name: null,
        learner_name: null,
      },
    ]);
    expect(sentRequests).toHaveLength(4);
  });

  it('holds back a new completion whose learner it could not read, until a later poll can', async () => {
    knowing({ idFilter: false });
    const lucy = { ...lin, id: 'e0000000-0000-4000-8000-000000000001' };
    const lucyEnrollment = {
      id: '104',
      type: 'course_enrollments',
      attributes: { person_id: lucy.id, progress: 100, last_active_on: '2026-11-26T08:00:00Z' },
    };
    const zoe = { ...lin, id: 'e0000000-0000-4000-8000-000000000002' };
    const zoeEnrollment = {
      id: '105',
      type: 'course_enrollments',
      attributes: { person_id: zoe.id, progress: 100, last_active_on: '2026-11-26T09:00:00Z' },
    };
    const scope = northpass()
      .get(`/v2/courses/${COURSE_ID}`)
      .times(3)
      .reply(200, fundamentals)
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query(enrollmentsQuery)
      .reply(200, withoutPeople)
      .get(`/v2/people/${LIN_ID}`)
      .reply(200, { data: lin })
      .get(`/v2/people/${ADA_ID}`)
      .reply(200, ada);
    await run(perform, { course: COURSE_ID });
    // three new completions; two reads a poll: the oldest one waits for the next poll
    const max = { ...lin, id: 'e0000000-0000-4000-8000-000000000003' };
    const maxEnrollment = {
      id: '106',
      type: 'course_enrollments',
      attributes: { person_id: max.id, progress: 100, last_active_on: '2026-11-26T07:00:00Z' },
    };
    const three = {
      data: [...enrollments.data, lucyEnrollment, zoeEnrollment, maxEnrollment],
      links: {},
    };
    scope
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query(enrollmentsQuery)
      .twice()
      .reply(200, three)
      .get(`/v2/people/${zoe.id}`)
      .reply(200, { data: zoe })
      .get(`/v2/people/${lucy.id}`)
      .reply(200, { data: lucy })
      .get(`/v2/people/${max.id}`)
      .reply(200, { data: max });
    const second = await run(perform, { course: COURSE_ID });
    expect(second.map((item) => item.learner_id)).toEqual([zoe.id, lucy.id, LIN_ID, ADA_ID]);
    expect(logged).toEqual(['Held back 1 item until a later poll can complete it.']);
    const third = await run(perform, { course: COURSE_ID });
    expect(third.map((item) => item.learner_id)).toContain(max.id);
    expect(third.every((item) => item.learner_email !== null)).toBe(true);
  });

  it('remembers learners it has read, so the next poll reads only new ones', async () => {
    knowing({ idFilter: false });
    northpass()
      .get(`/v2/courses/${COURSE_ID}`)
      .twice()
      .reply(200, fundamentals)
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query(enrollmentsQuery)
      .twice()
      .reply(200, withoutPeople)
      .get(`/v2/people/${LIN_ID}`)
      .reply(200, { data: lin })
      .get(`/v2/people/${ADA_ID}`)
      .reply(200, ada);
    await run(perform, { course: COURSE_ID });
    expect(await run(perform, { course: COURSE_ID })).toEqual([linCompletion, adaCompletion]);
    expect(sentRequests).toHaveLength(6);
  });

  it('drops include for good when Northpass refuses it with 400', async () => {
    northpass()
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query(enrollmentsQuery)
      .reply(400, {
        errors: [{ detail: 'include is not supported', source: { parameter: 'include' } }],
      })
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query({ limit: 100, sort: '-last_active_on' })
      .reply(200, withoutPeople)
      .get('/v2/people')
      .query({ 'filter[id][in]': `${LIN_ID},${ADA_ID}`, limit: 100 })
      .reply(200, listOf(lin, ada.data));
    expect(await run(perform, { course: COURSE_ID })).toHaveLength(2);
  });
});

describe('new_course_completion when Northpass does not sort enrollments', () => {
  it('walks the pages and finds a completion behind the first page', async () => {
    const stale = (id: string, day: number): FixtureResource => ({
      id,
      type: 'course_enrollments',
      attributes: {
        person_id: `d0000000-0000-4000-8000-${id.padStart(12, '0')}`,
        progress: 10,
        enrolled_at: '2026-01-01T00:00:00Z',
        last_active_on: `2026-02-${String(day).padStart(2, '0')}T00:00:00Z`,
      },
    });
    northpass()
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query(enrollmentsQuery)
      .reply(200, { ...pageOf([stale('1', 1), stale('2', 3), stale('3', 2)], true) })
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query({ ...enrollmentsQuery, page: 2 })
      .reply(200, enrollments);
    expect(await run(perform, { course: COURSE_ID })).toEqual([linCompletion, adaCompletion]);
  });

  it('reads on past never-active enrollments that a descending sort puts first', async () => {
    const idle = (id: string): FixtureResource => ({
      id,
      type: 'course_enrollments',
      attributes: {
        person_id: `d0000000-0000-4000-8000-${id.padStart(12, '0')}`,
        progress: 0,
        enrolled_at: '2026-01-01T00:00:00Z',
        last_active_on: null,
      },
    });
    northpass()
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query(enrollmentsQuery)
      .reply(200, pageOf([idle('1'), idle('2')], true))
      // the page cannot show whether sort works: the opposite order, once, says it does
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query({ ...enrollmentsQuery, sort: 'last_active_on' })
      .reply(200, pageOf([...enrollments.data].reverse(), true))
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query({ ...enrollmentsQuery, page: 2 })
      .reply(200, { ...enrollments, links: {} });
    expect(await run(perform, { course: COURSE_ID })).toEqual([linCompletion, adaCompletion]);
    expect(sentRequests).toHaveLength(4);
  });

  it('drops sort for good when Northpass refuses it with 400', async () => {
    northpass()
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query(enrollmentsQuery)
      .reply(400, { errors: [{ detail: 'sort is not a supported parameter' }] })
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query({ limit: 100, include: 'person' })
      .reply(200, enrollments);
    expect(await run(perform, { course: COURSE_ID })).toEqual([linCompletion, adaCompletion]);
  });
});

describe('new_course_completion with bad input', () => {
  it('treats a 404 for a course nobody has enrolled in as no completions', async () => {
    northpass()
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query(enrollmentsQuery)
      .reply(404, '');
    expect(await run(perform, { course: COURSE_ID })).toEqual([]);
  });

  it('tells the user at setup time when the course does not exist', async () => {
    northpass().get(`/v2/courses/${COURSE_ID}`).reply(404, '');
    expect(await raised(run(perform, { course: COURSE_ID }))).toEqual({
      name: 'AppError',
      code: 'invalid_input',
      status: 400,
      message: `Course: no course has the ID "${COURSE_ID}". Pick the course from the list or map a course ID.`,
    });
  });
});

describe('new_course_completion when enrollments carry no progress', () => {
  /** The fixture's enrollments with `progress` left out (or set to `value`). */
  const progressAs = (value?: null): FixtureResource[] =>
    enrollments.data.map((item) => {
      const attributes = { ...item.attributes };
      delete attributes.progress;
      return {
        ...item,
        attributes: value === undefined ? attributes : { ...attributes, progress: value },
      };
    });

  it('fails naming the field when no enrollment of the page has progress, in two requests', async () => {
    northpass()
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query(enrollmentsQuery)
      .reply(200, { ...enrollments, data: progressAs() });

    expect(await raised(run(perform, { course: COURSE_ID }))).toEqual({
      name: 'AppError',
      code: 'progress_missing',
      status: 502,
      message:
        "Northpass's course enrollments carry no `progress` field, so completions cannot be told. Send this to the app's maintainer; `npm run verify-school` checks it.",
    });
    expect(sentRequests).toEqual([
      `GET /v2/courses/${COURSE_ID}`,
      `GET /v2/courses/${COURSE_ID}/enrollments?include=person&limit=100&sort=-last_active_on`,
    ]);
  });

  it('counts progress: null as 0: no completion, no error', async () => {
    northpass()
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query(enrollmentsQuery)
      .reply(200, { ...enrollments, data: progressAs(null) });

    expect(await run(perform, { course: COURSE_ID })).toEqual([]);
    expect(sentRequests).toHaveLength(2);
  });

  it('reads a page where only some enrollments carry progress as usual', async () => {
    const [, ...rest] = enrollments.data;
    const firstWithout = progressAs()[0];
    northpass()
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .get(`/v2/courses/${COURSE_ID}/enrollments`)
      .query(enrollmentsQuery)
      .reply(200, { ...enrollments, data: [firstWithout, ...rest] });

    // Ada's enrollment lost its progress (0), Lin's still says 100
    expect(await run(perform, { course: COURSE_ID })).toEqual([linCompletion]);
  });
});
