import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/creates/onboard_learner.js';
import {
  expectPhases,
  fixture,
  inGroups,
  hopedNorthpass,
  membership,
  membershipsQuery,
  listFixture,
  listOf,
  northpass,
  raised,
  run,
  sentRequests,
  withAttributes,
} from '../helpers.js';
import { justNow } from '../fixtures/outputs.js';

const ada = fixture('people/person.ada');
const grace = fixture('people/person.grace');
const acme = fixture('groups/group.acme');
const fundamentals = fixture('courses/course.fundamentals');
const PERSON_ID = ada.data.id;
const GROUP_ID = acme.data.id;
const COURSE_ID = fundamentals.data.id;

const newAda = {
  data: {
    ...withAttributes(ada, { created_at: justNow() }),
    relationships: { groups: { data: [] } },
  },
};
/** Acme as Northpass lists it by name, with its courses listed (or not). */
const acmeWithCourses = (courseIds: string[] | undefined) =>
  listOf({
    ...acme.data,
    relationships:
      courseIds === undefined
        ? {}
        : { courses: { data: courseIds.map((id) => ({ type: 'courses', id })) } },
  });
const groupByName = (name = 'Acme Corp') => ({
  limit: 100,
  'filter[name][cont]': name,
  sort: 'name',
});
const courseByName = { limit: 100, 'filter[name][cont]': 'Product Fundamentals', sort: 'name' };
const personBody = {
  data: { type: 'people', attributes: { email: 'ada@example.com', first_name: 'Ada' } },
};
const memberBody = { data: [{ type: 'people', id: PERSON_ID }] };
const courseBody = { data: [{ type: 'courses', id: COURSE_ID }] };
const input = {
  email: 'Ada@Example.com',
  first_name: 'Ada',
  groups: ['Acme Corp'],
  courses: ['Product Fundamentals'],
};

describe('onboard_learner for a new learner', () => {
  it('onboards with one existing group and one course: five requests in three round trips', async () => {
    northpass()
      .get('/v2/groups')
      .query(groupByName())
      .reply(200, acmeWithCourses([]))
      .get('/v2/courses')
      .query(courseByName)
      .reply(200, listFixture('courses/courses.by-name'))
      .post('/v2/people', personBody)
      .reply(201, newAda)
      .post(`/v2/groups/${GROUP_ID}/relationships/courses`, courseBody)
      .reply(204)
      .post(`/v2/groups/${GROUP_ID}/relationships/people`, memberBody)
      .reply(204);

    const result = await run(perform, input);

    expect(result).toMatchObject({
      id: PERSON_ID,
      email: 'ada@example.com',
      learner_outcome: 'created',
      group_ids: [GROUP_ID],
      group_names: ['Acme Corp'],
      course_ids: [COURSE_ID],
      course_names: ['Product Fundamentals'],
      // Acme's course list is empty, which may only mean Northpass leaves it empty in lists
      summary:
        'Created learner ada@example.com, made sure Acme Corp has the courses, added to Acme Corp.',
      // a learner just created is in the groups this step added her to: named with no request
      learner_group_ids: [GROUP_ID],
      learner_group_names: ['Acme Corp'],
      preview: false,
    });
    // three round trips: the reads that validate every reference, then the writes they allow,
    // then the membership, which needs the learner's ID
    expectPhases([
      [
        'GET /v2/groups?limit=100&filter[name][cont]=Acme Corp&sort=name',
        'GET /v2/courses?limit=100&filter[name][cont]=Product Fundamentals&sort=name',
      ],
      ['POST /v2/people', `POST /v2/groups/${GROUP_ID}/relationships/courses`],
      [`POST /v2/groups/${GROUP_ID}/relationships/people`],
    ]);
  });

  it('creates a missing group before adding the learner', async () => {
    hopedNorthpass();
    const newGroup = {
      data: withAttributes(
        acme,
        { name: 'Globex', created_at: justNow() },
        '9f9f9f9f-1111-4222-8333-444455556666',
      ),
    };
    northpass()
      .get('/v2/groups')
      .query(groupByName('Globex'))
      .reply(200, listOf())
      .post('/v2/people', { data: { type: 'people', attributes: { email: 'ada@example.com' } } })
      .reply(201, newAda)
      .post('/v2/groups', { data: { type: 'groups', attributes: { name: 'Globex' } } })
      .reply(201, newGroup)
      .get('/v2/groups')
      .query(groupByName('Globex'))
      .reply(200, listOf(newGroup.data))
      .post(`/v2/groups/${newGroup.data.id}/relationships/people`, memberBody)
      .reply(204);

    const result = await run(perform, { email: 'ada@example.com', groups: 'Globex' });

    expect(result).toMatchObject({
      group_ids: [newGroup.data.id],
      group_names: ['Globex'],
      course_ids: [],
      summary: 'Created learner ada@example.com, created group Globex, added to Globex.',
    });
  });
});

describe('onboard_learner with one group named twice', () => {
  it('writes to it once when given by ID and by name', async () => {
    northpass()
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .get('/v2/groups')
      .query(groupByName())
      .reply(200, acmeWithCourses(undefined))
      .post('/v2/people', { data: { type: 'people', attributes: { email: 'ada@example.com' } } })
      .reply(201, newAda)
      .post(`/v2/groups/${GROUP_ID}/relationships/people`, memberBody)
      .reply(204);
    const result = await run(perform, {
      email: 'ada@example.com',
      groups: [GROUP_ID, 'Acme Corp'],
    });
    expect(result).toMatchObject({
      group_ids: [GROUP_ID],
      summary: 'Created learner ada@example.com, added to Acme Corp.',
    });
  });
});

describe('onboard_learner for a learner already onboarded', () => {
  it('skips writes the records show are done, and says nothing changed', async () => {
    northpass()
      .get('/v2/groups')
      .query(groupByName())
      .reply(200, acmeWithCourses([COURSE_ID]))
      .get('/v2/courses')
      .query(courseByName)
      .reply(200, listFixture('courses/courses.by-name'))
      .post('/v2/people', personBody)
      .reply(200, ada);

    const result = await run(perform, input);

    expect(result).toMatchObject({
      learner_outcome: 'existing',
      summary:
        'No changes: ada@example.com was already onboarded (Acme Corp already had the courses; already in Acme Corp).',
    });
    expect(sentRequests.filter((line) => line.startsWith('POST'))).toEqual(['POST /v2/people']);
  });

  it('reads the memberships instead of writing when Northpass does not list relationships', async () => {
    const adaWithoutGroups = { data: { ...ada.data, relationships: {} } };
    northpass()
      .get('/v2/groups')
      .query(groupByName())
      .reply(200, acmeWithCourses(undefined))
      .get('/v2/courses')
      .query(courseByName)
      .reply(200, listFixture('courses/courses.by-name'))
      .post('/v2/people', personBody)
      .reply(200, adaWithoutGroups)
      .post(`/v2/groups/${GROUP_ID}/relationships/courses`, courseBody)
      .reply(422, { errors: [{ detail: 'already assigned' }] })
      // the group read lists no courses, so Northpass's own "already" is believed
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .get(`/v2/groups/${GROUP_ID}/memberships`)
      .query(membershipsQuery)
      .reply(200, listOf(membership(PERSON_ID)));

    const result = await run(perform, input);

    expect(result.summary).toBe(
      'No changes: ada@example.com was already onboarded (Acme Corp already had the courses; already in Acme Corp).',
    );
    expect(sentRequests.filter((line) => line.includes('relationships/people'))).toEqual([]);
  });

  it('says it made sure the group has the courses, not that it assigned them, when Northpass cannot tell', async () => {
    const adaWithoutGroups = { data: { ...ada.data, relationships: {} } };
    northpass()
      .get('/v2/groups')
      .query(groupByName())
      .reply(200, acmeWithCourses(undefined))
      .get('/v2/courses')
      .query(courseByName)
      .reply(200, listFixture('courses/courses.by-name'))
      .post('/v2/people', personBody)
      .reply(200, adaWithoutGroups)
      .post(`/v2/groups/${GROUP_ID}/relationships/courses`, courseBody)
      .reply(204)
      .get(`/v2/groups/${GROUP_ID}/memberships`)
      .query(membershipsQuery)
      .reply(200, listOf())
      .post(`/v2/groups/${GROUP_ID}/relationships/people`, memberBody)
      .reply(204);

    expect((await run(perform, input)).summary).toBe(
      'Found learner ada@example.com, made sure Acme Corp has the courses, added to Acme Corp.',
    );
  });

  it('resends a pending invitation when asked', async () => {
    northpass()
      .get('/v2/groups')
      .query(groupByName())
      .reply(200, acmeWithCourses([]))
      .post('/v2/people', { data: { type: 'people', attributes: { email: 'ada@example.com' } } })
      .reply(200, ada)
      .post(`/v2/people/${PERSON_ID}/invitations`)
      .reply(204);
    const result = await run(perform, {
      email: 'ada@example.com',
      groups: ['Acme Corp'],
      resend_invitation_if_pending: 'yes',
    });
    expect(result.summary).toBe(
      'Found learner ada@example.com, resent the invitation (already in Acme Corp).',
    );
  });

  it('does not resend to a learner who already joined', async () => {
    northpass()
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .post('/v2/people', { data: { type: 'people', attributes: { email: 'grace@example.com' } } })
      .reply(200, grace)
      // her record lists no groups, which proves nothing: the memberships tell
      .get(`/v2/groups/${GROUP_ID}/memberships`)
      .query(membershipsQuery)
      .reply(200, listOf())
      .post(`/v2/groups/${GROUP_ID}/relationships/people`, {
        data: [{ type: 'people', id: grace.data.id }],
      })
      .reply(204);
    const result = await run(perform, {
      email: 'grace@example.com',
      groups: [GROUP_ID],
      resend_invitation_if_pending: true,
    });
    expect(result.summary).toBe(
      'Found learner grace@example.com, added to Acme Corp (no invitation resent: they already joined).',
    );
  });
});

describe('onboard_learner failing midway', () => {
  it('says what was already done', async () => {
    northpass()
      .get('/v2/groups')
      .query(groupByName())
      .reply(200, acmeWithCourses([]))
      .post('/v2/people', { data: { type: 'people', attributes: { email: 'ada@example.com' } } })
      .reply(201, newAda)
      .post(`/v2/groups/${GROUP_ID}/relationships/people`, memberBody)
      .twice()
      .reply(503);

    expect(await raised(run(perform, { email: 'ada@example.com', groups: ['Acme Corp'] }))).toEqual(
      {
        name: 'AppError',
        code: 'northpass_unavailable',
        status: 503,
        message:
          'Already done: created learner ada@example.com. Then it failed: Northpass is unavailable right now (HTTP 503), even after one retry. Try again in a few minutes.',
      },
    );
  });
});

describe('onboard_learner with bad input', () => {
  it.each([
    [{ ...input, email: 'ada' }, 'Email: "ada" is not a valid email address.'],
    [
      { ...input, groups: [] },
      "Groups: the value mapped here was empty in this run. Check the earlier step's field, or type a value.",
    ],
    [{ ...input, groups: ['Acme', '  '] }, 'Groups: item 2 is blank.'],
    [
      { ...input, courses: Array.from({ length: 26 }, (_, i) => `Course ${i}`) },
      'Courses: at most 25 values fit in one step; this step has 26.',
    ],
    [
      { ...input, create_missing_groups: 'maybe' },
      'Create Missing Groups: "maybe" is not yes or no.',
    ],
  ])('rejects %j before any request', async (inputData, message) => {
    expect(await raised(run(perform, inputData))).toEqual({
      name: 'AppError',
      code: 'invalid_input',
      status: 400,
      message,
    });
  });

  it.each([[''], [['', '  ']], [[' ']]])(
    'treats blank optional courses (%j) as none',
    async (courses) => {
      hopedNorthpass();
      northpass()
        .get(`/v2/groups/${GROUP_ID}`)
        .reply(200, acme)
        .post('/v2/people', { data: { type: 'people', attributes: { email: 'ada@example.com' } } })
        .reply(201, newAda)
        .post(`/v2/groups/${GROUP_ID}/relationships/people`, memberBody)
        .reply(204);
      expect(
        await run(perform, { email: 'ada@example.com', groups: [GROUP_ID], courses }),
      ).toMatchObject({ course_ids: [] });
    },
  );

  it('names an unknown course before any write', async () => {
    hopedNorthpass();
    northpass()
      .get('/v2/groups')
      .query(groupByName())
      .reply(200, acmeWithCourses([]))
      .get('/v2/courses')
      .query({ ...courseByName, 'filter[name][cont]': 'Cooking' })
      .reply(200, listOf());
    expect(await raised(run(perform, { ...input, courses: ['Cooking'] }))).toMatchObject({
      message:
        'Courses: no course is named "Cooking". Check the spelling, or pick the course from the list.',
    });
    expect(sentRequests.every((line) => line.startsWith('GET'))).toBe(true);
  });

  it('names missing groups before any write when creating them is off', async () => {
    hopedNorthpass();
    northpass()
      .get('/v2/groups')
      .query(groupByName('Globex'))
      .reply(200, listOf())
      .get('/v2/groups')
      .query(groupByName('Initech'))
      .reply(200, listOf());
    expect(
      await raised(
        run(perform, {
          email: 'ada@example.com',
          groups: ['Globex', 'Initech'],
          create_missing_groups: false,
        }),
      ),
    ).toMatchObject({
      message:
        'Groups: no groups are named "Globex", "Initech". Create them in Northpass, or turn on Create Missing Groups.',
    });
  });

  it('does not create a group for an unknown ID', async () => {
    const unknown = '00000000-1111-4222-8333-444455556666';
    northpass().get(`/v2/groups/${unknown}`).reply(404, '');
    expect(
      await raised(run(perform, { email: 'ada@example.com', groups: [unknown] })),
    ).toMatchObject({
      message: `Groups: no group has the ID "${unknown}". Pick the group from the list or map a group ID.`,
    });
  });
});

describe('onboard_learner with many names', () => {
  const group = (name: string, index: number) =>
    withAttributes(acme, { name }, `0f3e6a52-3b8e-4d0e-9a51-7c1d2b9e4f1${index}`);
  const course = (name: string, index: number) =>
    withAttributes(fundamentals, { name }, `5b7c9d1e-2f3a-4b5c-8d6e-7f8091a2b3c${index}`);
  const groups = ['North', 'South', 'East'].map(group);
  const courses = ['Basics', 'Selling', 'Support'].map(course);
  const members = (index: number) =>
    `POST /v2/groups/${groups[index]?.id ?? ''}/relationships/people`;

  it('answers three group names and three course names with one page each, when they fit in one', async () => {
    hopedNorthpass();
    const scope = northpass()
      .get('/v2/groups')
      .query({ limit: 100, sort: 'name' })
      .reply(
        200,
        listOf(...groups.map((item) => ({ ...item, relationships: { courses: { data: [] } } }))),
      )
      .get('/v2/courses')
      .query({ limit: 100, sort: 'name' })
      .reply(200, listOf(...courses))
      .post('/v2/people', { data: { type: 'people', attributes: { email: 'ada@example.com' } } })
      .reply(201, newAda);
    for (const item of groups) {
      scope
        .post(`/v2/groups/${item.id}/relationships/courses`, {
          data: courses.map(({ id }) => ({ type: 'courses', id })),
        })
        .reply(204)
        .post(`/v2/groups/${item.id}/relationships/people`, memberBody)
        .reply(204);
    }
    const result = await run(perform, {
      email: 'ada@example.com',
      groups: ['north', 'SOUTH', 'East'],
      courses: ['Basics', 'selling', 'Support'],
    });
    expect(result.group_names).toEqual(['North', 'South', 'East']);
    expect(sentRequests.filter((line) => line.startsWith('GET'))).toHaveLength(2);
    expect(sentRequests).toHaveLength(9);
  });

  it('says every write that was done when one of several fails, and a re-run resumes', async () => {
    hopedNorthpass();
    const lookups = () => {
      const scope = northpass()
        .get('/v2/groups')
        .query({ limit: 100, sort: 'name' })
        .reply(200, listOf(...groups));
      return scope;
    };
    lookups()
      .post('/v2/people', { data: { type: 'people', attributes: { email: 'ada@example.com' } } })
      .reply(201, newAda)
      .post(`/v2/groups/${groups[0]?.id ?? ''}/relationships/people`, memberBody)
      .reply(204)
      .post(`/v2/groups/${groups[1]?.id ?? ''}/relationships/people`, memberBody)
      .twice()
      .reply(503)
      .post(`/v2/groups/${groups[2]?.id ?? ''}/relationships/people`, memberBody)
      .reply(204);
    const input = { email: 'ada@example.com', groups: ['North', 'South', 'East'] };
    expect(await raised(run(perform, input))).toEqual({
      name: 'AppError',
      code: 'northpass_unavailable',
      status: 503,
      message:
        'Already done: created learner ada@example.com, added to North and East. Then it failed: Northpass is unavailable right now (HTTP 503), even after one retry. Try again in a few minutes.',
    });
    const adaInTwo = {
      data: {
        ...ada.data,
        relationships: {
          groups: {
            data: [groups[0], groups[2]].map((item) => ({ type: 'groups', id: item?.id })),
          },
        },
      },
    };
    lookups()
      .post('/v2/people', { data: { type: 'people', attributes: { email: 'ada@example.com' } } })
      .reply(200, adaInTwo)
      .post(`/v2/groups/${groups[1]?.id ?? ''}/relationships/people`, memberBody)
      .reply(204);
    expect((await run(perform, input)).summary).toBe(
      'Found learner ada@example.com, added to South (already in North and East).',
    );
    // the first run wrote to North and East and tried South twice; the re-run only South
    expect(sentRequests.filter((line) => line.includes('relationships')).sort()).toEqual(
      [members(0), members(1), members(1), members(2), members(1)].sort(),
    );
  });
});

describe('onboard_learner with a comma-joined group value', () => {
  const group = (name: string, index: number) =>
    withAttributes(acme, { name }, `0f3e6a52-3b8e-4d0e-9a51-7c1d2b9e4f2${index}`);
  const acmeInc = group('Acme, Inc.', 0);
  const sales = group('Sales', 1);
  const support = group('Support', 2);
  const adaIn = (...ids: string[]) => ({
    data: {
      ...ada.data,
      relationships: { groups: { data: ids.map((id) => ({ type: 'groups', id })) } },
    },
  });

  it('takes "Acme, Inc." as the one group that has that name', async () => {
    hopedNorthpass();
    northpass()
      .get('/v2/groups')
      .query(groupByName('Acme, Inc.'))
      .reply(200, listOf(acmeInc))
      .post('/v2/people', { data: { type: 'people', attributes: { email: 'ada@example.com' } } })
      .reply(200, adaIn(acmeInc.id));
    expect(await run(perform, { email: 'ada@example.com', groups: 'Acme, Inc.' })).toMatchObject({
      group_names: ['Acme, Inc.'],
    });
  });

  it('takes "Sales,Support" as two groups when no group has that name and both parts do', async () => {
    hopedNorthpass();
    northpass()
      .get('/v2/groups')
      .query(groupByName('Sales,Support'))
      .reply(200, listOf())
      .get('/v2/groups')
      .query(groupByName('Sales'))
      .reply(200, listOf(sales))
      .get('/v2/groups')
      .query(groupByName('Support'))
      .reply(200, listOf(support))
      .post('/v2/people', { data: { type: 'people', attributes: { email: 'ada@example.com' } } })
      .reply(200, adaIn(sales.id, support.id));
    expect(await run(perform, { email: 'ada@example.com', groups: 'Sales,Support' })).toMatchObject(
      { group_names: ['Sales', 'Support'] },
    );
  });

  it('creates nothing when some parts of a comma-joined value are groups and some not', async () => {
    hopedNorthpass();
    northpass()
      .get('/v2/groups')
      .query(groupByName('Sales Engineering,Support'))
      .reply(200, listOf())
      .get('/v2/groups')
      .query(groupByName('Sales Engineering'))
      .reply(200, listOf())
      .get('/v2/groups')
      .query(groupByName('Support'))
      .reply(200, listOf(support));
    expect(
      await raised(run(perform, { email: 'ada@example.com', groups: 'Sales Engineering,Support' })),
    ).toEqual({
      name: 'AppError',
      code: 'invalid_input',
      status: 400,
      message:
        'Groups: "Sales Engineering,Support" has commas: "Support" is a group but "Sales Engineering" is not, so nothing was changed. Choose Split in Commas in Names to create the missing groups, or Never if the whole value is one name.',
    });
    expect(sentRequests.every((line) => line.startsWith('GET'))).toBe(true);
  });
});

describe("onboard_learner's invitation_outcome", () => {
  const noInvitationRoute = {
    errors: [{ status: '404', title: 'Not Found', detail: 'no route for POST invitations' }],
  };
  /** Onboards `email` into Acme (by ID, no courses), Northpass answering the create with `person`. */
  const onboard = (email: string, person: unknown, status: number, resend: boolean) => {
    northpass()
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .post('/v2/people', { data: { type: 'people', attributes: { email } } })
      .reply(status, person);
    return () => run(perform, { email, groups: [GROUP_ID], resend_invitation_if_pending: resend });
  };

  it('is invited_by_northpass for a learner just created', async () => {
    const go = onboard('ada@example.com', newAda, 201, true);
    northpass().post(`/v2/groups/${GROUP_ID}/relationships/people`, memberBody).reply(204);
    expect(await go()).toMatchObject({
      learner_outcome: 'created',
      invitation_outcome: 'invited_by_northpass',
      summary: 'Created learner ada@example.com, added to Acme Corp.',
    });
    expect(sentRequests).toHaveLength(3);
  });

  it('is sent when a pending learner was invited again', async () => {
    const go = onboard('ada@example.com', ada, 200, true);
    northpass().post(`/v2/people/${PERSON_ID}/invitations`).reply(204);
    expect(await go()).toMatchObject({
      invitation_outcome: 'sent',
      summary: 'Found learner ada@example.com, resent the invitation (already in Acme Corp).',
    });
    expect(sentRequests).toHaveLength(3);
  });

  it('is not_pending for a learner who already joined, asked or not', async () => {
    for (const resend of [true, false]) {
      const go = onboard('grace@example.com', inGroups(grace, [GROUP_ID]), 200, resend);
      expect((await go()).invitation_outcome).toBe('not_pending');
    }
    expect(sentRequests.filter((line) => line.includes('invitations'))).toEqual([]);
  });

  it('is recently_invited for a pending learner added minutes ago', async () => {
    const recent = { data: { ...withAttributes(ada, { created_at: justNow() }) } };
    const go = onboard('ada@example.com', recent, 200, true);
    expect(await go()).toMatchObject({
      invitation_outcome: 'recently_invited',
      summary: expect.stringMatching(/no invitation resent: Ada Lovelace .* was added/) as unknown,
    });
    expect(sentRequests).toHaveLength(2);
  });

  it('is not_asked for a pending learner when no resend was asked for', async () => {
    const go = onboard('ada@example.com', ada, 200, false);
    expect(await go()).toMatchObject({
      invitation_outcome: 'not_asked',
      summary: 'No changes: ada@example.com was already onboarded (already in Acme Corp).',
    });
    expect(sentRequests).toHaveLength(2);
  });

  it('is not_available, and the step succeeds, where the school has no invitation route', async () => {
    const go = onboard('ada@example.com', ada, 200, true);
    northpass()
      .post(`/v2/people/${PERSON_ID}/invitations`)
      .reply(404, noInvitationRoute)
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, ada);
    expect(await go()).toMatchObject({
      id: PERSON_ID,
      group_names: ['Acme Corp'],
      invitation_outcome: 'not_available',
      summary:
        "No changes: ada@example.com was already onboarded (already in Acme Corp; no invitation resent: this school's API does not accept resending invitations).",
    });
    expect(sentRequests).toEqual([
      `GET /v2/groups/${GROUP_ID}`,
      'POST /v2/people',
      `POST /v2/people/${PERSON_ID}/invitations`,
      `GET /v2/people/${PERSON_ID}`,
    ]);
  });
});

describe('onboard_learner where no route assigns courses', () => {
  it('still adds the learner to the group, then fails saying what was done and what was not', async () => {
    const noRoute = { errors: [{ status: '404', title: 'Not Found', detail: 'no route' }] };
    northpass()
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .post('/v2/people', { data: { type: 'people', attributes: { email: 'ada@example.com' } } })
      .reply(201, newAda)
      .post(`/v2/groups/${GROUP_ID}/relationships/courses`, courseBody)
      .reply(404, noRoute)
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .post(`/v2/courses/${COURSE_ID}/relationships/groups`, {
        data: [{ type: 'groups', id: GROUP_ID }],
      })
      .reply(404, noRoute)
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .post(`/v2/groups/${GROUP_ID}/relationships/people`, memberBody)
      .reply(204);

    const error = await raised(
      run(perform, { email: 'ada@example.com', groups: [GROUP_ID], courses: [COURSE_ID] }),
    );

    expect(error).toEqual({
      name: 'AppError',
      code: 'not_available',
      status: 405,
      message:
        "Already done: created learner ada@example.com, added to Acme Corp. Not done: Northpass's API for this school does not accept assigning courses to groups. Assign Product Fundamentals to Acme Corp in Northpass admin (Groups > Acme Corp > Courses).",
    });
    expect(sentRequests).toContain(`POST /v2/groups/${GROUP_ID}/relationships/people`);
    expect(sentRequests).toHaveLength(8);
  });
});

describe('onboard_learner with Preview Only', () => {
  const byEmail = { 'filter[email][eq]': 'ada@example.com', limit: 10 };

  it('reads only, and says what it would do for a new learner: no ID, no invitation', async () => {
    hopedNorthpass();
    northpass()
      .get('/v2/groups')
      .query(groupByName())
      .reply(200, acmeWithCourses([]))
      .get('/v2/courses')
      .query(courseByName)
      .reply(200, listFixture('courses/courses.by-name'))
      .get('/v2/people')
      .query(byEmail)
      .reply(200, listOf());
    const result = await run(perform, { ...input, preview: 'true' });
    expect(result).toMatchObject({
      id: null,
      email: 'ada@example.com',
      first_name: 'Ada',
      group_ids: [GROUP_ID],
      group_names: ['Acme Corp'],
      learner_outcome: 'would_create',
      course_ids: [COURSE_ID],
      invitation_outcome: 'would_invite',
      preview: true,
      summary:
        'Preview only, nothing changed: would create learner ada@example.com, would make sure Acme Corp has the courses, would add to Acme Corp, Northpass would email an invitation.',
    });
    expect(sentRequests.every((line) => line.startsWith('GET '))).toBe(true);
    expect(sentRequests).toHaveLength(3);
  });

  it('names a group it would create with no ID, and what an existing learner already has', async () => {
    hopedNorthpass();
    northpass()
      .get('/v2/groups')
      .query(groupByName('Globex'))
      .reply(200, listOf())
      .get('/v2/groups')
      .query(groupByName())
      .reply(200, acmeWithCourses([COURSE_ID]))
      .get('/v2/courses')
      .query(courseByName)
      .reply(200, listFixture('courses/courses.by-name'))
      .get('/v2/people')
      .query(byEmail)
      .reply(
        200,
        listOf({
          ...ada.data,
          relationships: { groups: { data: [{ type: 'groups', id: GROUP_ID }] } },
        }),
      );
    const result = await run(perform, {
      ...input,
      groups: ['Globex', 'Acme Corp'],
      resend_invitation_if_pending: 'yes',
      preview: 'yes',
    });
    expect(result).toMatchObject({
      id: PERSON_ID,
      group_ids: [null, GROUP_ID],
      group_names: ['Globex', 'Acme Corp'],
      learner_outcome: 'existing',
      invitation_outcome: 'would_resend',
      preview: true,
    });
    expect(result.summary).toBe(
      'Preview only, nothing changed: found learner ada@example.com, would create group Globex, would assign 1 course to Globex, Acme Corp already has the courses, would add to Globex, already in Acme Corp, would resend the invitation.',
    );
    expect(sentRequests.every((line) => line.startsWith('GET '))).toBe(true);
  });
});
