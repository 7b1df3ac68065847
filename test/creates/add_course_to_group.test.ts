import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/creates/add_course_to_group.js';
import {
  fixture,
  hopedNorthpass,
  knowing,
  learned,
  listFixture,
  listOf,
  northpass,
  raised,
  run,
  sentRequests,
  withAttributes,
} from '../helpers.js';

const acme = fixture('groups/group.acme');
const fundamentals = fixture('courses/course.fundamentals');
const GROUP_ID = acme.data.id;
const COURSE_ID = fundamentals.data.id;
const SALES_ID = '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f';
const sales = { data: withAttributes(fundamentals, { name: 'Partner Sales' }, SALES_ID) };
const assignBody = (...ids: string[]) => ({ data: ids.map((id) => ({ type: 'courses', id })) });
/** Acme as a single read shows it, listing its courses. */
const withCourses = (...ids: string[]) => ({
  data: {
    ...acme.data,
    relationships: { courses: { data: ids.map((id) => ({ type: 'courses', id })) } },
  },
});

describe('add_course_to_group with dropdown IDs', () => {
  it('reads each record once and assigns every course in one write', async () => {
    northpass()
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .get(`/v2/courses/${SALES_ID}`)
      .reply(200, sales)
      .post(`/v2/groups/${GROUP_ID}/relationships/courses`, assignBody(COURSE_ID, SALES_ID))
      .reply(204);

    const result = await run(perform, { group: GROUP_ID, courses: [COURSE_ID, SALES_ID] });

    expect(result).toEqual({
      group_id: GROUP_ID,
      group_name: 'Acme Corp',
      course_ids: [COURSE_ID, SALES_ID],
      course_names: ['Product Fundamentals', 'Partner Sales'],
      summary: 'Acme Corp now has Product Fundamentals and Partner Sales.',
      preview: false,
    });
    expect(sentRequests).toHaveLength(4);
  });

  it('treats a refusal (422) as "already assigned" once a read of the group confirms it', async () => {
    northpass()
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .post(`/v2/groups/${GROUP_ID}/relationships/courses`, assignBody(COURSE_ID))
      .reply(422, { errors: [{ detail: 'Course is invalid' }] })
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, withCourses(COURSE_ID));

    const result = await run(perform, { group: GROUP_ID, courses: [COURSE_ID] });
    expect(result.course_ids).toEqual([COURSE_ID]);
    expect(result.summary).toBe('Acme Corp already had Product Fundamentals: nothing changed.');
  });

  it('believes Northpass\'s "already" when the group read does not list courses', async () => {
    northpass()
      .get(`/v2/groups/${GROUP_ID}`)
      .twice()
      .reply(200, acme)
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .post(`/v2/groups/${GROUP_ID}/relationships/courses`, assignBody(COURSE_ID))
      .reply(422, { errors: [{ detail: 'Course has already been added' }] });
    expect((await run(perform, { group: GROUP_ID, courses: [COURSE_ID] })).course_ids).toEqual([
      COURSE_ID,
    ]);
  });

  it("fails with Northpass's reason when nothing confirms the course is assigned", async () => {
    northpass()
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .post(`/v2/groups/${GROUP_ID}/relationships/courses`, assignBody(COURSE_ID))
      .reply(409, { errors: [{ detail: 'Course is archived' }] })
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, withCourses());
    expect(await raised(run(perform, { group: GROUP_ID, courses: [COURSE_ID] }))).toEqual({
      name: 'AppError',
      code: 'conflict',
      status: 409,
      message:
        'Northpass reported a conflict with an existing record. Northpass said: Course is archived.',
    });
  });

  it('refuses a 200 HTML page as the answer to the write', async () => {
    northpass()
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .post(`/v2/groups/${GROUP_ID}/relationships/courses`, assignBody(COURSE_ID))
      .reply(200, '<html><body>Down for maintenance</body></html>', {
        'content-type': 'text/html',
      });
    expect(await raised(run(perform, { group: GROUP_ID, courses: [COURSE_ID] }))).toMatchObject({
      code: 'unreadable_response',
      message:
        'Northpass sent a reply this integration could not read (the reply was not JSON). If this keeps happening, Northpass may be having problems.',
    });
  });
});

describe('add_course_to_group with courses not published', () => {
  const LEGACY_ID = '6c7d8e9f-0a1b-4c2d-8e3f-4a5b6c7d8e9f';
  const DRAFT_ID = '7d8e9f0a-1b2c-4d3e-9f4a-5b6c7d8e9f0a';
  const legacy = {
    data: withAttributes(
      fundamentals,
      { name: 'Legacy Onboarding', status: 'archived' },
      LEGACY_ID,
    ),
  };
  const draft = {
    data: withAttributes(
      fundamentals,
      { name: 'Advanced Integrations', status: 'draft' },
      DRAFT_ID,
    ),
  };

  it('refuses an archived course after the reads, before any write', async () => {
    northpass()
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .get(`/v2/courses/${LEGACY_ID}`)
      .reply(200, legacy);
    expect(
      await raised(run(perform, { group: GROUP_ID, courses: [COURSE_ID, LEGACY_ID] })),
    ).toEqual({
      name: 'AppError',
      code: 'invalid_input',
      status: 400,
      message:
        'Courses: "Legacy Onboarding" is archived in Northpass, so it cannot be assigned. Restore it in Northpass admin (Courses), or take it out of this step. Nothing was changed.',
    });
    expect(sentRequests).toHaveLength(3);
    expect(sentRequests.filter((line) => !line.startsWith('GET'))).toEqual([]);
  });

  it('names every archived course in one refusal', async () => {
    const older = {
      data: withAttributes(legacy, { name: 'Old Pricing' }, '8e9f0a1b-2c3d-4e4f-8a5b-6c7d8e9f0a1b'),
    };
    northpass()
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .get(`/v2/courses/${LEGACY_ID}`)
      .reply(200, legacy)
      .get(`/v2/courses/${older.data.id}`)
      .reply(200, older);
    expect(
      await raised(run(perform, { group: GROUP_ID, courses: [LEGACY_ID, older.data.id] })),
    ).toMatchObject({
      message:
        'Courses: "Legacy Onboarding" and "Old Pricing" are archived in Northpass, so they cannot be assigned. Restore them in Northpass admin (Courses), or take them out of this step. Nothing was changed.',
    });
    expect(sentRequests).toHaveLength(3);
  });

  it('assigns a draft and says "draft" in the summary', async () => {
    northpass()
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .get(`/v2/courses/${DRAFT_ID}`)
      .reply(200, draft)
      .post(`/v2/groups/${GROUP_ID}/relationships/courses`, assignBody(DRAFT_ID))
      .reply(204);
    expect(await run(perform, { group: GROUP_ID, courses: [DRAFT_ID] })).toEqual({
      group_id: GROUP_ID,
      group_name: 'Acme Corp',
      course_ids: [DRAFT_ID],
      course_names: ['Advanced Integrations'],
      summary: 'Acme Corp now has Advanced Integrations (draft).',
      preview: false,
    });
    expect(sentRequests).toHaveLength(3);
  });

  it("passes on Northpass's refusal of a draft", async () => {
    northpass()
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .get(`/v2/courses/${DRAFT_ID}`)
      .reply(200, draft)
      .post(`/v2/groups/${GROUP_ID}/relationships/courses`, assignBody(DRAFT_ID))
      .reply(422, { errors: [{ detail: 'Course must be published' }] })
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, withCourses());
    expect(await raised(run(perform, { group: GROUP_ID, courses: [DRAFT_ID] }))).toMatchObject({
      name: 'AppError',
      message: expect.stringContaining('Northpass said: Course must be published.'),
    });
    expect(sentRequests).toHaveLength(4);
  });
});

describe('add_course_to_group with names', () => {
  it('resolves names with one read each, exact match first', async () => {
    northpass()
      .get('/v2/groups')
      .query({ limit: 100, 'filter[name][cont]': 'Acme Corp', sort: 'name' })
      .reply(200, listFixture('groups/groups.acme'))
      .get('/v2/courses')
      .query({ limit: 100, 'filter[name][cont]': 'product fundamentals', sort: 'name' })
      .reply(200, listFixture('courses/courses.by-name'))
      .post(`/v2/groups/${GROUP_ID}/relationships/courses`, assignBody(COURSE_ID))
      .reply(200, {});

    const result = await run(perform, { group: 'Acme Corp', courses: 'product fundamentals' });

    expect(result).toEqual({
      group_id: GROUP_ID,
      group_name: 'Acme Corp',
      course_ids: [COURSE_ID],
      course_names: ['Product Fundamentals'],
      summary: 'Acme Corp now has Product Fundamentals.',
      preview: false,
    });
    expect(sentRequests).toEqual([
      'GET /v2/groups?limit=100&filter[name][cont]=Acme Corp&sort=name',
      'GET /v2/courses?limit=100&filter[name][cont]=product fundamentals&sort=name',
      `POST /v2/groups/${GROUP_ID}/relationships/courses`,
    ]);
  });

  it('sends the same course once when it is listed twice, in any letter case', async () => {
    northpass()
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .post(`/v2/groups/${GROUP_ID}/relationships/courses`, assignBody(COURSE_ID))
      .reply(204);
    await run(perform, { group: GROUP_ID, courses: [COURSE_ID, ` ${COURSE_ID.toUpperCase()}`] });
  });
});

describe('add_course_to_group with bad input', () => {
  it.each([
    [
      { courses: [COURSE_ID] },
      "Group: the value mapped here was empty in this run. Check the earlier step's field, or type a value.",
    ],
    [
      { group: GROUP_ID },
      "Courses: the value mapped here was empty in this run. Check the earlier step's field, or type a value.",
    ],
    [{ group: GROUP_ID, courses: [COURSE_ID, ' '] }, 'Courses: item 2 is blank.'],
    [
      { group: GROUP_ID, courses: Array.from({ length: 26 }, (_, i) => `Course ${i}`) },
      'Courses: at most 25 values fit in one step; this step has 26.',
    ],
  ])('rejects %j before any request', async (inputData, message) => {
    expect(await raised(run(perform, inputData))).toEqual({
      name: 'AppError',
      code: 'invalid_input',
      status: 400,
      message,
    });
  });

  it('names a group name that matches several groups, and sends no write', async () => {
    const twin = withAttributes(
      acme,
      { name: 'Acme Corp' },
      '11111111-2222-4333-8444-555555555555',
    );
    northpass()
      .get('/v2/groups')
      .query({ limit: 100, 'filter[name][cont]': 'Acme Corp', sort: 'name' })
      .reply(200, listOf(acme.data, twin));
    expect(await raised(run(perform, { group: 'Acme Corp', courses: [COURSE_ID] }))).toEqual({
      name: 'AppError',
      code: 'invalid_input',
      status: 400,
      message: `Group: 2 groups match "Acme Corp": "Acme Corp" (ID ${GROUP_ID}) and "Acme Corp" (ID 11111111-2222-4333-8444-555555555555). Pick one from the list or map its ID.`,
    });
  });

  it('names an unknown course, and sends no write', async () => {
    hopedNorthpass();
    northpass()
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .get('/v2/courses')
      .query({ limit: 100, 'filter[name][cont]': 'Underwater Basket Weaving', sort: 'name' })
      .reply(200, listOf());
    expect(
      await raised(run(perform, { group: GROUP_ID, courses: ['Underwater Basket Weaving'] })),
    ).toEqual({
      name: 'AppError',
      code: 'invalid_input',
      status: 400,
      message:
        'Courses: no course is named "Underwater Basket Weaving". Check the spelling, or pick the course from the list.',
    });
  });

  it('names an ID of the wrong kind (a course ID in the group field)', async () => {
    northpass().get(`/v2/groups/${COURSE_ID}`).reply(404, { errors: [] });
    expect(await raised(run(perform, { group: COURSE_ID, courses: [COURSE_ID] }))).toEqual({
      name: 'AppError',
      code: 'invalid_input',
      status: 400,
      message: `Group: no group has the ID "${COURSE_ID}". Pick the group from the list or map a group ID.`,
    });
  });
});

describe('add_course_to_group when Northpass refuses a batch', () => {
  it('sends the courses one at a time when the group read cannot say which was already there', async () => {
    northpass()
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .get(`/v2/courses/${SALES_ID}`)
      .reply(200, sales)
      .post(`/v2/groups/${GROUP_ID}/relationships/courses`, assignBody(COURSE_ID, SALES_ID))
      .reply(422, { errors: [{ detail: 'Course has already been added' }] })
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .post(`/v2/groups/${GROUP_ID}/relationships/courses`, assignBody(COURSE_ID))
      .reply(422, { errors: [{ detail: 'Course has already been added' }] })
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .post(`/v2/groups/${GROUP_ID}/relationships/courses`, assignBody(SALES_ID))
      .reply(204);
    const result = await run(perform, { group: GROUP_ID, courses: [COURSE_ID, SALES_ID] });
    expect(result.course_ids).toEqual([COURSE_ID, SALES_ID]);
    expect(sentRequests.filter((line) => line.startsWith('POST'))).toHaveLength(3);
  });

  it('sends only the missing ones when the group read lists some', async () => {
    northpass()
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .get(`/v2/courses/${SALES_ID}`)
      .reply(200, sales)
      .post(`/v2/groups/${GROUP_ID}/relationships/courses`, assignBody(COURSE_ID, SALES_ID))
      .reply(422, { errors: [{ detail: 'Course has already been added' }] })
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, withCourses(COURSE_ID))
      .post(`/v2/groups/${GROUP_ID}/relationships/courses`, assignBody(SALES_ID))
      .reply(204);
    expect(
      (await run(perform, { group: GROUP_ID, courses: [COURSE_ID, SALES_ID] })).course_ids,
    ).toEqual([COURSE_ID, SALES_ID]);
  });
});

describe('add_course_to_group where the group route is missing', () => {
  const noRoute = (path: string) => ({
    errors: [{ status: '404', title: 'Not Found', detail: `no route for POST ${path}` }],
  });
  const groupRoute = `/v2/groups/${GROUP_ID}/relationships/courses`;
  const inverse = (courseId: string) => `/v2/courses/${courseId}/relationships/groups`;
  const groupBody = { data: [{ type: 'groups', id: GROUP_ID }] };
  const readInputs = () =>
    northpass()
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals)
      .get(`/v2/courses/${SALES_ID}`)
      .reply(200, sales);

  it('reads the group back, assigns through the inverse route, and remembers it', async () => {
    readInputs()
      .post(groupRoute, assignBody(COURSE_ID, SALES_ID))
      .reply(404, noRoute(groupRoute))
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .post(inverse(COURSE_ID), groupBody)
      .reply(204)
      .post(inverse(SALES_ID), groupBody)
      .reply(204);

    const result = await run(perform, { group: GROUP_ID, courses: [COURSE_ID, SALES_ID] });

    expect(result).toEqual({
      group_id: GROUP_ID,
      group_name: 'Acme Corp',
      course_ids: [COURSE_ID, SALES_ID],
      course_names: ['Product Fundamentals', 'Partner Sales'],
      summary: 'Acme Corp now has Product Fundamentals and Partner Sales.',
      preview: false,
    });
    expect(sentRequests.slice(3)).toEqual([
      `POST ${groupRoute}`,
      `GET /v2/groups/${GROUP_ID}`,
      `POST ${inverse(COURSE_ID)}`,
      `POST ${inverse(SALES_ID)}`,
    ]);
    expect(learned()).toMatchObject({ courseAssignmentRoute: 'course' });

    // the next run goes straight to the inverse route
    sentRequests.length = 0;
    readInputs()
      .post(inverse(COURSE_ID), groupBody)
      .reply(204)
      .post(inverse(SALES_ID), groupBody)
      .reply(204);
    await run(perform, { group: GROUP_ID, courses: [COURSE_ID, SALES_ID] });
    expect(sentRequests.slice(3).sort()).toEqual(
      [`POST ${inverse(COURSE_ID)}`, `POST ${inverse(SALES_ID)}`].sort(),
    );
  });

  it('goes straight to the inverse route once it is known (one request per course)', async () => {
    knowing({ courseAssignmentRoute: 'course' });
    readInputs()
      .post(inverse(COURSE_ID), groupBody)
      .reply(204)
      .post(inverse(SALES_ID), groupBody)
      .reply(204);

    await run(perform, { group: GROUP_ID, courses: [COURSE_ID, SALES_ID] });

    expect(sentRequests.slice(3).sort()).toEqual(
      [`POST ${inverse(COURSE_ID)}`, `POST ${inverse(SALES_ID)}`].sort(),
    );
  });

  it('takes a 405 on the group route as missing too, once the group is read back', async () => {
    readInputs()
      .post(groupRoute, assignBody(COURSE_ID, SALES_ID))
      .reply(405, { errors: [{ status: '405', title: 'Method Not Allowed' }] })
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .post(inverse(COURSE_ID), groupBody)
      .reply(204)
      .post(inverse(SALES_ID), groupBody)
      .reply(204);
    await run(perform, { group: GROUP_ID, courses: [COURSE_ID, SALES_ID] });
    expect(learned()).toMatchObject({ courseAssignmentRoute: 'course' });
  });

  it('says to assign the courses in Northpass admin when neither route exists', async () => {
    readInputs()
      .post(groupRoute, assignBody(COURSE_ID, SALES_ID))
      .reply(404, noRoute(groupRoute))
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .post(inverse(COURSE_ID), groupBody)
      .reply(404, noRoute(inverse(COURSE_ID)))
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(200, fundamentals);

    expect(await raised(run(perform, { group: GROUP_ID, courses: [COURSE_ID, SALES_ID] }))).toEqual(
      {
        name: 'AppError',
        code: 'not_available',
        status: 405,
        message:
          "Northpass's API for this school does not accept assigning courses to groups. Assign Product Fundamentals and Partner Sales to Acme Corp in Northpass admin (Groups > Acme Corp > Courses).",
      },
    );
    expect(sentRequests).toHaveLength(7);
    expect(learned()).toMatchObject({ courseAssignmentRoute: 'none' });
  });

  it('tries the routes again in a later run after finding none', async () => {
    knowing({ courseAssignmentRoute: 'none' });
    readInputs().post(groupRoute, assignBody(COURSE_ID, SALES_ID)).reply(204);
    await run(perform, { group: GROUP_ID, courses: [COURSE_ID, SALES_ID] });
    expect(learned()).toMatchObject({ courseAssignmentRoute: 'group' });
  });

  it('is the ordinary not-found error when the read-back finds no group, with no inverse try', async () => {
    readInputs()
      .post(groupRoute, assignBody(COURSE_ID, SALES_ID))
      .reply(404, { errors: [{ status: '404', title: 'Not Found', detail: 'Group not found' }] })
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(404, { errors: [{ status: '404', title: 'Not Found' }] });

    expect(await raised(run(perform, { group: GROUP_ID, courses: [COURSE_ID, SALES_ID] }))).toEqual(
      {
        name: 'AppError',
        code: 'not_found',
        status: 404,
        message:
          'Northpass could not find the group "Acme Corp" or one of the records added to it.',
      },
    );
    expect(sentRequests.filter((line) => line.includes('/relationships/groups'))).toEqual([]);
    expect(learned()?.courseAssignmentRoute).toBeUndefined();
  });

  it('names a course that has gone rather than a missing route', async () => {
    readInputs()
      .post(groupRoute, assignBody(COURSE_ID, SALES_ID))
      .reply(404, noRoute(groupRoute))
      .get(`/v2/groups/${GROUP_ID}`)
      .reply(200, acme)
      .post(inverse(COURSE_ID), groupBody)
      .reply(404, { errors: [{ status: '404', title: 'Not Found' }] })
      .get(`/v2/courses/${COURSE_ID}`)
      .reply(404, { errors: [{ status: '404', title: 'Not Found' }] });
    expect(
      await raised(run(perform, { group: GROUP_ID, courses: [COURSE_ID, SALES_ID] })),
    ).toMatchObject({
      code: 'not_found',
      message:
        'Northpass could not find the course "Product Fundamentals"; it may have just been deleted.',
    });
  });
});
