import { afterEach, describe, expect, it, jest } from '@jest/globals';

import { perform } from '../../src/triggers/new_course_completion.js';
import {
  fixture,
  knowing,
  northpass,
  run,
  sentRequests,
  type FixtureResource,
} from '../helpers.js';
import { logged } from '../console.js';

/** New Course Completion with the course left blank: the whole school, a slice a poll. */

const FUNDAMENTALS = '5b7c9d1e-2f3a-4b5c-8d6e-7f8091a2b3c4';
const SALES = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const courseListQuery = { limit: 100, sort: 'name' };
const enrollmentsQuery = { include: 'person', limit: 100, sort: '-last_active_on' };
const zap = (id: string) => ({ zap: { id } });

const course = (id: string, name: string): FixtureResource => ({
  id,
  type: 'courses',
  attributes: { name, status: 'published' },
});
const courses = {
  data: [course(SALES, 'Partner Sales'), course(FUNDAMENTALS, 'Product Fundamentals')],
  links: {},
};

const learner = (n: number, first: string): FixtureResource => ({
  id: `e0000000-0000-4000-8000-00000000000${n}`,
  type: 'people',
  attributes: { email: `${first.toLowerCase()}@example.com`, first_name: first, last_name: 'Test' },
});
const ada = learner(1, 'Ada');
const lin = learner(2, 'Lin');
const grace = learner(3, 'Grace');
const max = learner(4, 'Max');

const completed = (person: FixtureResource, at: string, progress = 100): FixtureResource => ({
  id: `enr-${person.id.slice(-1)}`,
  type: 'course_enrollments',
  attributes: {
    person_id: person.id,
    progress,
    enrolled_at: '2026-11-01T08:00:00Z',
    last_active_on: at,
  },
});
const enrollments = (items: FixtureResource[], people: FixtureResource[]) => ({
  data: items,
  included: people,
  links: {},
});

const output = (person: FixtureResource, courseId: string, courseName: string, at: string) => ({
  id: `${courseId}:${person.id}`,
  course_id: courseId,
  course_name: courseName,
  learner_id: person.id,
  learner_email: person.attributes.email,
  learner_first_name: person.attributes.first_name,
  learner_last_name: 'Test',
  learner_name: `${String(person.attributes.first_name)} Test`,
  progress: 100,
  enrolled_at: '2026-11-01T08:00:00Z',
  completed_at: at,
  last_active_on: at,
});

/** Only the clock is fake: the pacing's timers and nock's run for real. */
const clock = (iso: string) => {
  jest.useFakeTimers({
    now: new Date(iso),
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
};
afterEach(() => {
  jest.useRealTimers();
});

/** The school on the day the Zap is turned on: Ada finished the day before, Lin and Grace today. */
const firstDay = () =>
  northpass()
    .get('/v2/courses')
    .query(courseListQuery)
    .reply(200, courses)
    .get(`/v2/courses/${SALES}/enrollments`)
    .query(enrollmentsQuery)
    .reply(200, enrollments([completed(grace, '2026-11-25T09:00:00Z')], [grace]))
    .get(`/v2/courses/${FUNDAMENTALS}/enrollments`)
    .query(enrollmentsQuery)
    .reply(
      200,
      enrollments(
        [completed(lin, '2026-11-25T17:30:00Z'), completed(ada, '2026-11-24T15:42:10Z')],
        [lin, ada],
      ),
    );

/** The next day: Max finished Product Fundamentals. */
const nextDay = (times = 1) =>
  northpass()
    .get('/v2/courses')
    .query(courseListQuery)
    .times(times)
    .reply(200, courses)
    .get(`/v2/courses/${SALES}/enrollments`)
    .query(enrollmentsQuery)
    .times(times)
    .reply(200, enrollments([completed(grace, '2026-11-25T09:00:00Z')], [grace]))
    .get(`/v2/courses/${FUNDAMENTALS}/enrollments`)
    .query(enrollmentsQuery)
    .times(times)
    .reply(
      200,
      enrollments(
        [
          completed(max, '2026-11-26T08:00:00Z'),
          completed(lin, '2026-11-25T17:30:00Z'),
          completed(ada, '2026-11-24T15:42:10Z'),
        ],
        [max, lin, ada],
      ),
    );

const transcript = (person: FixtureResource, score: number) => ({
  data: [
    {
      id: 't1',
      type: 'transcript_items',
      attributes: { resource_id: FUNDAMENTALS, resource_type: 'course', score },
      links: { certificate: `https://acme.example/certificates/${person.id}.pdf` },
    },
  ],
  links: {},
});

describe('new_course_completion for any course', () => {
  it('reads the course list, then each course: completions from the day the Zap was turned on, none older', async () => {
    clock('2026-11-25T18:00:00Z');
    firstDay();
    expect(await run(perform, {}, zap('zap-1'))).toEqual([
      output(grace, SALES, 'Partner Sales', '2026-11-25T09:00:00Z'),
      output(lin, FUNDAMENTALS, 'Product Fundamentals', '2026-11-25T17:30:00Z'),
    ]);
    expect(sentRequests).toEqual([
      'GET /v2/courses?limit=100&sort=name',
      `GET /v2/courses/${SALES}/enrollments?include=person&limit=100&sort=-last_active_on`,
      `GET /v2/courses/${FUNDAMENTALS}/enrollments?include=person&limit=100&sort=-last_active_on`,
    ]);
  });

  it("sends a later completion on the next pass, with its score and certificate from the learner's transcript", async () => {
    clock('2026-11-25T18:00:00Z');
    firstDay();
    await run(perform, {}, zap('zap-1'));
    jest.setSystemTime(new Date('2026-11-26T09:00:00Z'));
    nextDay()
      .get(`/v2/transcripts/${max.id}`)
      .query({ limit: 100 })
      .reply(200, transcript(max, 88));
    expect(await run(perform, {}, zap('zap-1'))).toEqual([
      {
        ...output(max, FUNDAMENTALS, 'Product Fundamentals', '2026-11-26T08:00:00Z'),
        score: 88,
        certificate_url: `https://acme.example/certificates/${max.id}.pdf`,
      },
    ]);
    expect(sentRequests).toHaveLength(3 + 4);
  });

  it('gives two Zaps on one connection every completion each', async () => {
    clock('2026-11-25T18:00:00Z');
    firstDay();
    firstDay();
    expect(await run(perform, {}, zap('zap-1'))).toHaveLength(2);
    expect(await run(perform, {}, zap('zap-2'))).toHaveLength(2);
    jest.setSystemTime(new Date('2026-11-26T09:00:00Z'));
    nextDay(2)
      .get(`/v2/transcripts/${max.id}`)
      .query({ limit: 100 })
      .twice()
      .reply(200, transcript(max, 88));
    const first = await run<{ learner_id: string }[], never>(perform, {}, zap('zap-1'));
    const second = await run<{ learner_id: string }[], never>(perform, {}, zap('zap-2'));
    expect(first.map((item) => item.learner_id)).toEqual([max.id]);
    expect(second.map((item) => item.learner_id)).toEqual([max.id]);
  });

  it('starts again from the day Zapier turns the Zap back on (populating its dedupe list)', async () => {
    clock('2026-11-20T18:00:00Z');
    northpass().get('/v2/courses').query(courseListQuery).reply(200, { data: [], links: {} });
    await run(perform, {}, zap('zap-1'));
    jest.setSystemTime(new Date('2026-11-25T18:00:00Z'));
    firstDay();
    const items = await run<{ learner_id: string }[], never>(
      perform,
      {},
      {
        ...zap('zap-1'),
        isPopulatingDedupe: true,
      },
    );
    // Ada finished on the 24th, after the first poll but before the Zap was turned back on
    expect(items.map((item) => item.learner_id)).toEqual([grace.id, lin.id]);
  });

  it('carries a completion whose learner does not fit the poll to the next one, never sending it without an email', async () => {
    clock('2026-11-25T18:00:00Z');
    knowing({ idFilter: false });
    const three = {
      data: [
        completed(max, '2026-11-25T17:00:00Z'),
        completed(lin, '2026-11-25T16:00:00Z'),
        completed(grace, '2026-11-25T15:00:00Z'),
      ],
      links: {},
    };
    northpass()
      .get('/v2/courses')
      .query(courseListQuery)
      .twice()
      .reply(200, { data: [course(FUNDAMENTALS, 'Product Fundamentals')], links: {} })
      .get(`/v2/courses/${FUNDAMENTALS}/enrollments`)
      .query(enrollmentsQuery)
      .twice()
      .reply(200, three)
      .get(`/v2/people/${max.id}`)
      .reply(200, { data: max })
      .get(`/v2/people/${lin.id}`)
      .reply(200, { data: lin })
      .get(`/v2/people/${grace.id}`)
      .reply(200, { data: grace });
    const first = await run<{ learner_email: string | null }[], never>(perform, {});
    expect(first.map((item) => item.learner_email)).toEqual(['max@example.com', 'lin@example.com']);
    expect(logged).toEqual(['Held back 1 item until a later poll can complete it.']);
    const second = await run<{ learner_email: string | null }[], never>(perform, {});
    expect(second.map((item) => item.learner_email)).toEqual(['grace@example.com']);
    expect(sentRequests).toHaveLength(4 + 3);
  });

  it('sends 100 completions a poll (Zapier takes no more) and the rest on the next', async () => {
    clock('2026-11-25T18:00:00Z');
    const many = Array.from({ length: 105 }, (_, index): FixtureResource => ({
      id: `f0000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      type: 'people',
      attributes: { email: `l${index}@example.com` },
    }));
    northpass()
      .get('/v2/courses')
      .query(courseListQuery)
      .twice()
      .reply(200, { data: [course(FUNDAMENTALS, 'Product Fundamentals')], links: {} })
      .get(`/v2/courses/${FUNDAMENTALS}/enrollments`)
      .query(enrollmentsQuery)
      .twice()
      .reply(
        200,
        enrollments(
          many.map((person) => ({ ...completed(person, '2026-11-25T17:00:00Z'), id: person.id })),
          many,
        ),
      );
    const first = await run<{ id: string }[], never>(perform, {});
    const second = await run<{ id: string }[], never>(perform, {});
    expect(first).toHaveLength(100);
    expect(second).toHaveLength(5);
    expect(new Set([...first, ...second].map((item) => item.id)).size).toBe(105);
  });

  it('loads a sample from the first courses, whatever their dates, with scores', async () => {
    clock('2026-11-25T18:00:00Z');
    firstDay()
      .get(`/v2/transcripts/${grace.id}`)
      .query({ limit: 100 })
      .reply(200, { data: [], links: {} })
      .get(`/v2/transcripts/${lin.id}`)
      .query({ limit: 100 })
      .reply(200, transcript(lin, 75))
      .get(`/v2/transcripts/${ada.id}`)
      .query({ limit: 100 })
      .reply(404, '');
    const items = await run<Record<string, unknown>[], never>(
      perform,
      {},
      { isLoadingSample: true },
    );
    expect(items.map((item) => [item.learner_email, item.score])).toEqual([
      ['grace@example.com', null],
      ['lin@example.com', 75],
      ['ada@example.com', null],
    ]);
  });
});

describe("new_course_completion's score and certificate, with a course chosen", () => {
  const fundamentals = fixture('courses/course.fundamentals');
  const people = [1, 2, 3, 4, 5, 6, 7].map((n) => learner(n, `L${n}`));

  it('reads at most 5 transcripts a poll, for completions new to the Zap; the rest are blank', async () => {
    clock('2026-11-25T18:00:00Z');
    const scope = northpass()
      .get(`/v2/courses/${FUNDAMENTALS}`)
      .twice()
      .reply(200, fundamentals)
      .get(`/v2/courses/${FUNDAMENTALS}/enrollments`)
      .query(enrollmentsQuery)
      .reply(200, enrollments([completed(ada, '2026-11-24T15:42:10Z')], [ada]));
    // the Zap's first poll: Zapier only records it, so no transcript is read
    expect(await run(perform, { course: FUNDAMENTALS }, zap('zap-1'))).toHaveLength(1);
    expect(sentRequests).toHaveLength(2);
    scope
      .get(`/v2/courses/${FUNDAMENTALS}/enrollments`)
      .query(enrollmentsQuery)
      .reply(
        200,
        enrollments(
          people.map((person, index) => completed(person, `2026-11-25T1${index}:00:00Z`)),
          people,
        ),
      );
    // the five newest (the first is Ada, whose completion the Zap already had)
    for (const person of people.slice(2)) {
      scope
        .get(`/v2/transcripts/${person.id}`)
        .query({ limit: 100 })
        .reply(200, transcript(person, 80));
    }
    const items = await run<Record<string, unknown>[], never>(
      perform,
      { course: FUNDAMENTALS },
      zap('zap-1'),
    );
    expect(items.map((item) => item.score)).toEqual([80, 80, 80, 80, 80, undefined, undefined]);
    expect(sentRequests).toHaveLength(2 + 2 + 5);
  });

  it('reads none outside a Zap (the CLI), with the same two requests as before', async () => {
    northpass()
      .get(`/v2/courses/${FUNDAMENTALS}`)
      .reply(200, fundamentals)
      .get(`/v2/courses/${FUNDAMENTALS}/enrollments`)
      .query(enrollmentsQuery)
      .reply(200, enrollments([completed(ada, '2026-11-24T15:42:10Z')], [ada]));
    const [item] = await run<Record<string, unknown>[], never>(perform, { course: FUNDAMENTALS });
    expect(item).not.toHaveProperty('score');
    expect(sentRequests).toHaveLength(2);
  });
});

// last in the file: its fake clock leaves the pacing's window in the future for later tests
describe('new_course_completion for any course, in a school of 200 courses', () => {
  const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const page = (from: number, more: boolean) => ({
    data: Array.from({ length: 100 }, (_, index) =>
      course(uuid(from + index), `Course ${from + index}`),
    ),
    links: more ? { next: 'https://api.northpass.com/v2/next-page-link' } : {},
  });

  it('reads every course within 10 polls, at most 25 requests a poll, and sends the completion it finds', async () => {
    // the pacing's waits (9 requests in 1.15 s) are played on fake timers: whenever no request
    // is out, they move on 25 ms. The date stays real, so the step's 30 s budget is real time.
    jest.useFakeTimers({
      doNotFake: ['Date', 'nextTick', 'queueMicrotask', 'setImmediate', 'clearImmediate'],
    });
    // today, after the Zap's first poll (its day is the Zap's first)
    const completedAt = new Date().toISOString();
    const out = { requests: 0 };
    const settle = async <T>(work: Promise<T>): Promise<T> => {
      const state = { done: false };
      const finished = work.finally(() => {
        state.done = true;
      });
      while (!state.done) {
        await new Promise((resolve) => setImmediate(resolve));
        if (out.requests === 0) await jest.advanceTimersByTimeAsync(25);
      }
      return finished;
    };
    const read: string[] = [];
    const scope = northpass();
    scope.on('request', () => {
      out.requests += 1;
    });
    scope.on('replied', () => {
      out.requests -= 1;
    });
    scope
      .get('/v2/courses')
      .query(courseListQuery)
      .times(2)
      .reply(200, page(1, true))
      .get('/v2/courses')
      .query({ ...courseListQuery, page: 2 })
      .reply(200, page(101, false))
      .get(/^\/v2\/courses\/[^/]+\/enrollments\?include=person&limit=100&sort=-last_active_on$/)
      .times(207)
      .reply((request: unknown) => {
        // this nock hands the reply the request itself
        const path = new URL((request as { url: string }).url).pathname;
        read.push(path);
        return path.includes(uuid(150))
          ? [200, enrollments([completed(ada, completedAt)], [ada])]
          : [200, { data: [], links: {} }];
      })
      // Ada's transcript, for the score: it does not list the course
      .get(`/v2/transcripts/${ada.id}`)
      .query({ limit: 100 })
      .reply(200, { data: [], links: {} });
    const perPoll: number[] = [];
    const found: unknown[] = [];
    for (let poll = 1; poll <= 10; poll += 1) {
      const before = sentRequests.length;
      const items = await settle(run<{ course_id: string }[], never>(perform, {}, zap('zap-1')));
      found.push(...items.map((item) => item.course_id));
      perPoll.push(sentRequests.length - before);
    }
    // 21 a poll (a page of the course list every 5th poll takes a course's place); the 8th
    // reads Ada's transcript for her score
    expect(perPoll).toEqual([21, 21, 21, 21, 21, 21, 21, 22, 21, 21]);
    expect(new Set(read).size).toBe(200);
    expect(found).toEqual([uuid(150)]);
  });
});
