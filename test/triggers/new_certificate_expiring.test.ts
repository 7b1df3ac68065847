import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';

import { perform } from '../../src/triggers/new_certificate_expiring.js';
import {
  fixture,
  knowing,
  listOf,
  membership,
  membershipsQuery,
  northpass,
  raised,
  run,
  sentRequests,
  type FixtureResource,
} from '../helpers.js';
import { logged } from '../console.js';

const acme = fixture('groups/group.acme');
const GROUP_ID = acme.data.id;
const DAY = 24 * 60 * 60 * 1000;

/** The clock the trigger reads (only `Date` is faked: timers and pacing run as usual). */
const NOW = Date.parse('2026-12-07T12:00:00Z');
const fakeDate = (now: number) =>
  jest.useFakeTimers({
    now,
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
beforeEach(() => {
  fakeDate(NOW);
});
afterEach(() => {
  jest.useRealTimers();
});

/** The n-th learner's id: ids sort as their numbers do. */
const learnerId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const person = (n: number, name: string): FixtureResource => ({
  id: learnerId(n),
  type: 'people',
  attributes: {
    email: `${name.toLowerCase()}@example.com`,
    first_name: name,
    last_name: 'Tester',
    full_name: `${name} Tester`,
  },
});

const course = (id: string, name: string, expiresAt: string | null): FixtureResource => ({
  id: `t-${id}`,
  type: 'transcript_items',
  attributes: {
    resource_id: id,
    resource_type: 'course',
    name,
    progress_status: 'completed',
    expires_at: expiresAt,
  },
  links: { certificate: `https://acme-academy.northpass.com/certificates/${id}.pdf` },
});

const SAFETY = 'c1111111-1111-4111-8111-111111111111';
const FORKLIFT = 'c2222222-2222-4222-8222-222222222222';

const mockGroup = (scope = northpass()) => scope.get(`/v2/groups/${GROUP_ID}`).reply(200, acme);
const mockMembers = (count: number) =>
  northpass()
    .get(`/v2/groups/${GROUP_ID}/memberships`)
    .query(membershipsQuery)
    .reply(200, listOf(...Array.from({ length: count }, (_, n) => membership(learnerId(n)))));
const mockTranscript = (n: number, ...lines: FixtureResource[]) =>
  northpass()
    .get(`/v2/transcripts/${learnerId(n)}`)
    .query({ limit: 100 })
    .reply(lines.length > 0 ? 200 : 404, lines.length > 0 ? listOf(...lines) : { errors: [] });

const expiring = (n: number, name: string, courseId: string, courseName: string, at: string) => ({
  id: `${learnerId(n)}:${courseId}:${at.slice(0, 10)}`,
  learner_id: learnerId(n),
  learner_email: `${name.toLowerCase()}@example.com`,
  learner_first_name: name,
  learner_last_name: 'Tester',
  learner_name: `${name} Tester`,
  course_id: courseId,
  course_name: courseName,
  certificate_url: `https://acme-academy.northpass.com/certificates/${courseId}.pdf`,
  certificate_expires_at: at,
});

describe('new_certificate_expiring', () => {
  it('fires for certificates inside the window, once per certificate and expiry date, over several polls', async () => {
    // Ann's safety certificate expires in 10 days; Bo's forklift one in 34 (outside 30 today)
    mockGroup();
    mockMembers(3);
    mockTranscript(0, course(SAFETY, 'Safety Basics', '2026-12-17T09:00:00Z'));
    mockTranscript(1, course(FORKLIFT, 'Forklift Operation', '2027-01-10T09:00:00Z'));
    mockTranscript(2);
    northpass()
      .get(`/v2/people/${learnerId(0)}`)
      .reply(200, { data: person(0, 'Ann') });
    const first = await run(perform, { group: GROUP_ID });
    const ann = expiring(0, 'Ann', SAFETY, 'Safety Basics', '2026-12-17T09:00:00Z');
    expect(first).toEqual([ann]);
    expect(sentRequests).toEqual([
      `GET /v2/groups/${GROUP_ID}`,
      `GET /v2/groups/${GROUP_ID}/memberships?limit=500&sort=-created_at`,
      `GET /v2/transcripts/${learnerId(0)}?limit=100`,
      `GET /v2/transcripts/${learnerId(1)}?limit=100`,
      `GET /v2/transcripts/${learnerId(2)}?limit=100`,
      `GET /v2/people/${learnerId(0)}`,
    ]);

    // five days on, a new pass: Bo's certificate is inside the window; Ann's keeps its id
    fakeDate(NOW + 5 * DAY);
    sentRequests.length = 0;
    mockGroup();
    mockMembers(3);
    mockTranscript(0, course(SAFETY, 'Safety Basics', '2026-12-17T09:00:00Z'));
    mockTranscript(1, course(FORKLIFT, 'Forklift Operation', '2027-01-10T09:00:00Z'));
    mockTranscript(2);
    northpass()
      .get(`/v2/people/${learnerId(1)}`)
      .reply(200, { data: person(1, 'Bo') });
    const bo = expiring(1, 'Bo', FORKLIFT, 'Forklift Operation', '2027-01-10T09:00:00Z');
    expect(await run(perform, { group: GROUP_ID })).toEqual([ann, bo]);
    expect(sentRequests).toHaveLength(6);

    // Ann renews: her new date is a new event, outside the window for now; Bo's is unchanged
    sentRequests.length = 0;
    mockGroup();
    mockMembers(3);
    mockTranscript(0, course(SAFETY, 'Safety Basics', '2027-12-17T09:00:00Z'));
    mockTranscript(1, course(FORKLIFT, 'Forklift Operation', '2027-01-10T09:00:00Z'));
    mockTranscript(2);
    expect(await run(perform, { group: GROUP_ID })).toEqual([bo]);
    expect(sentRequests).toHaveLength(5);
  });

  it('reads at most 25 requests a poll, a rotating slice of the group, and remembers what it found', async () => {
    const due = '2026-12-20T09:00:00Z';
    mockGroup();
    mockMembers(60);
    // a pass's first poll: the group, its members, 21 transcripts, 1 batched learner lookup
    for (let n = 0; n < 21; n += 1) mockTranscript(n, course(SAFETY, 'Safety Basics', due));
    northpass()
      .get('/v2/people')
      .query({
        'filter[id][in]': Array.from({ length: 21 }, (_, n) => learnerId(n)).join(','),
        limit: 100,
      })
      .reply(200, listOf(...Array.from({ length: 21 }, (_, n) => person(n, `L${n}`))));
    expect(await run(perform, { group: GROUP_ID })).toHaveLength(21);
    expect(sentRequests).toHaveLength(24);

    // the next poll goes on where it stopped: 22 more transcripts, nobody new to look up
    sentRequests.length = 0;
    mockGroup();
    for (let n = 21; n < 43; n += 1) mockTranscript(n);
    const second = await run(perform, { group: GROUP_ID });
    expect(second).toHaveLength(21);
    expect(sentRequests).toEqual([
      `GET /v2/groups/${GROUP_ID}`,
      ...Array.from({ length: 22 }, (_, n) => `GET /v2/transcripts/${learnerId(21 + n)}?limit=100`),
    ]);

    // the third ends the pass (17 left); the next poll starts a new one with the members
    sentRequests.length = 0;
    mockGroup();
    for (let n = 43; n < 60; n += 1) mockTranscript(n);
    expect(await run(perform, { group: GROUP_ID, within_days: '30' })).toEqual(second);
    expect(sentRequests).toHaveLength(18);
    // 65 requests, paced at 9 in any 1.15 s
  }, 20_000);

  it("holds a certificate back until a later poll finds its learner's email", async () => {
    knowing({ idFilter: false });
    const due = (day: number) => `2026-12-${day}T09:00:00Z`;
    mockGroup();
    mockMembers(3);
    for (const n of [0, 1, 2]) mockTranscript(n, course(SAFETY, 'Safety Basics', due(10 + n)));
    // two single reads a poll: the soonest two learners first
    northpass()
      .get(`/v2/people/${learnerId(0)}`)
      .reply(200, { data: person(0, 'Ann') });
    northpass()
      .get(`/v2/people/${learnerId(1)}`)
      .reply(200, { data: person(1, 'Bo') });
    const first = await run(perform, { group: GROUP_ID });
    expect(first.map((item) => item.learner_email)).toEqual(['ann@example.com', 'bo@example.com']);
    expect(logged).toContain(
      "Held back 1 certificate until a later poll finds the learner's email.",
    );
    mockGroup();
    mockMembers(3);
    for (const n of [0, 1, 2]) mockTranscript(n, course(SAFETY, 'Safety Basics', due(10 + n)));
    northpass()
      .get(`/v2/people/${learnerId(2)}`)
      .reply(200, { data: person(2, 'Cy') });
    const second = await run(perform, { group: GROUP_ID });
    expect(second.map((item) => item.learner_email)).toEqual([
      'ann@example.com',
      'bo@example.com',
      'cy@example.com',
    ]);
  });

  it('fails naming the field, never stays silent, when certificates carry no expiry at all', async () => {
    const attributes = { ...course(SAFETY, 'Safety Basics', null).attributes };
    delete attributes.expires_at;
    mockGroup();
    mockMembers(1);
    mockTranscript(0, { ...course(SAFETY, 'Safety Basics', null), attributes });
    expect(await raised(run(perform, { group: GROUP_ID }))).toEqual({
      name: 'AppError',
      code: 'expiry_missing',
      status: 502,
      message:
        "Northpass's transcripts carry no certificate expiry (`expires_at`), so expiring certificates cannot be told. Send this to the app's maintainer; `npm run verify-school` checks it.",
    });
  });

  it('fires nothing for certificates that do not expire (expires_at null)', async () => {
    mockGroup();
    mockMembers(1);
    mockTranscript(0, course(SAFETY, 'Safety Basics', null));
    expect(await run(perform, { group: GROUP_ID, within_days: 365 })).toEqual([]);
    expect(sentRequests).toHaveLength(3);
  });

  it('reads only the group on the poll that fills Zapier’s list of seen items', async () => {
    mockGroup();
    expect(await run(perform, { group: GROUP_ID }, { isPopulatingDedupe: true })).toEqual([]);
    expect(sentRequests).toEqual([`GET /v2/groups/${GROUP_ID}`]);
  });

  it.each([
    [
      { within_days: '30' },
      "Group: the value mapped here was empty in this run. Check the earlier step's field, or type a value.",
    ],
    [
      { group: GROUP_ID, within_days: '0' },
      'Days Before Expiry: enter a whole number from 1 to 365; "0" is not.',
    ],
    [
      { group: GROUP_ID, within_days: 'a month' },
      'Days Before Expiry: enter a whole number from 1 to 365; "a month" is not.',
    ],
  ])('refuses %j before any request', async (input, message) => {
    expect(await raised(run(perform, input))).toMatchObject({ message });
    expect(sentRequests).toEqual([]);
  });
});
