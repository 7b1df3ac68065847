import { describe, expect, it } from '@jest/globals';

import { jsonApiError, useSandbox, type Item } from './sandbox-helpers.js';

const sandbox = useSandbox({ switches: { rateLimitPerSecond: 1000 } });
const { call, list, idOf, control } = sandbox;

const ids = (items: Item[]) => items.map((item) => item.id);
const people = (items: Item[]) => items.map((item) => item.attributes.person_id);

/** Ada joins a second group with Product Fundamentals, where Grace is too; Ada is at 30%. */
const twoLearners = () => {
  const { store } = sandbox.current();
  const fundamentals = idOf('courses', 'Product Fundamentals');
  const partners = store.createGroup('Partners').group.id;
  const ada = store.createPerson({ email: 'ada@example.com' }).person.id;
  store.assignCourses(partners, [fundamentals]);
  store.addMembers(partners, [ada, idOf('people', 'grace@example.com')]);
  store.setProgress(ada, fundamentals, 30);
  return { fundamentals, ada, grace: idOf('people', 'grace@example.com') };
};

const paths = {
  course: () => `/v2/courses/${idOf('courses', 'Product Fundamentals')}/enrollments`,
  'learning path': () =>
    `/v2/learning-paths/${idOf('learningPaths', 'Partner Certification Path')}/enrollments`,
};

/** Both lists get Ada at 30% after Grace; Grace is at 100% (course) or 50% (path). */
const setUp = async (kind: keyof typeof paths) => {
  const { ada, grace } = twoLearners();
  await control('path-progress', {
    email: 'ada@example.com',
    path: 'Partner Certification Path',
    progress: 30,
  });
  return { ada, grace, path: paths[kind]() };
};

describe('course enrollments', () => {
  it('list each learner with access once, with progress and their person', async () => {
    const { ada, grace, fundamentals } = twoLearners();
    const { data } = await list(paths.course());
    expect(data).toEqual([
      {
        id: expect.any(String),
        type: 'course_enrollments',
        attributes: {
          person_id: grace,
          course_id: fundamentals,
          progress: 100,
          enrolled_at: '2026-06-01T12:31:00Z',
          last_active_on: '2026-06-10T16:20:00Z',
        },
        relationships: { person: { data: { type: 'people', id: grace } } },
      },
      expect.objectContaining({
        attributes: expect.objectContaining({ person_id: ada, progress: 30 }),
      }),
    ]);
    expect((await call(`/v2/courses/${fundamentals}`)).body).toMatchObject({
      data: { attributes: { enrollments_count: 2 } },
    });
  });

  it('keep their ids when others join', async () => {
    twoLearners();
    const idsByPerson = async (): Promise<Record<string, string>> =>
      Object.fromEntries(
        (await list(paths.course())).data.map((item) => [
          String(item.attributes.person_id),
          item.id,
        ]),
      );
    const before = await idsByPerson();
    const { store } = sandbox.current();
    const bob = store.createPerson({ email: 'bob@example.com' }).person.id;
    // Bob's group comes first, so he is listed before Ada
    store.addMembers(idOf('groups', 'Existing Customers'), [bob]);
    const after = await idsByPerson();
    expect(Object.keys(after)).toHaveLength(3);
    expect(after).toMatchObject(before);
    expect(after[bob]).toEqual(expect.any(String));
  });

  it('list a learner once per group with duplicateEnrollmentRows', async () => {
    const { ada, grace, fundamentals } = twoLearners();
    sandbox.switches({ duplicateEnrollmentRows: true });
    const { data } = await list(paths.course());
    expect(people(data).sort()).toEqual([ada, grace, grace].sort());
    expect(new Set(ids(data)).size).toBe(3);
    expect((await call(`/v2/courses/${fundamentals}`)).body).toMatchObject({
      data: { attributes: { enrollments_count: 2 } },
    });
  });

  it('answer 404 {"errors":[]} when empty, or data [] with emptyCollection404 off', async () => {
    const draft = idOf('courses', 'Advanced Integrations');
    expect(await call(`/v2/courses/${draft}/enrollments`)).toMatchObject({
      status: 404,
      body: { errors: [] },
    });
    sandbox.switches({ emptyCollection404: false });
    expect(await call(`/v2/courses/${draft}/enrollments`)).toMatchObject({
      status: 200,
      body: { data: [] },
    });
    expect(await call('/v2/courses/nothing/enrollments')).toMatchObject({
      status: 404,
      body: jsonApiError(404, 'Not Found', 'Course not found'),
    });
  });
});

describe('learning-path enrollments', () => {
  it('list each enrolled learner with the path progress', async () => {
    const { ada, grace } = await setUp('learning path');
    const pathId = idOf('learningPaths', 'Partner Certification Path');
    const { data } = await list(paths['learning path']());
    expect(data).toEqual([
      {
        id: expect.any(String),
        type: 'learning_path_enrollments',
        attributes: {
          person_id: grace,
          learning_path_id: pathId,
          progress: 50,
          enrolled_at: '2026-06-01T12:35:00Z',
          last_active_on: '2026-06-10T16:20:00Z',
        },
        relationships: { person: { data: { type: 'people', id: grace } } },
      },
      expect.objectContaining({
        attributes: expect.objectContaining({ person_id: ada, progress: 30 }),
      }),
    ]);
  });

  it('answer 404 {"errors":[]} when empty', async () => {
    const technical = idOf('learningPaths', 'Technical Partner Path');
    expect(await call(`/v2/learning-paths/${technical}/enrollments`)).toMatchObject({
      status: 404,
      body: { errors: [] },
    });
  });
});

describe.each(['course', 'learning path'] as const)(
  'sort and include on %s enrollments',
  (kind) => {
    it('honour sort by default', async () => {
      const { ada, grace, path } = await setUp(kind);
      expect(people((await list(`${path}?sort=progress`)).data)).toEqual([ada, grace]);
      expect(people((await list(`${path}?sort=-progress`)).data)).toEqual([grace, ada]);
    });

    it('keep a fixed id order with enrollmentSort ignored', async () => {
      const { path } = await setUp(kind);
      sandbox.switches({ enrollmentSort: 'ignored' });
      const ascending = ids((await list(`${path}?sort=progress`)).data);
      expect(ascending).toEqual([...ascending].sort());
      expect(ids((await list(`${path}?sort=-progress`)).data)).toEqual(ascending);
    });

    it('refuse sort with a 400 under enrollmentSort reject-400', async () => {
      const { path } = await setUp(kind);
      sandbox.switches({ enrollmentSort: 'reject-400' });
      expect(await call(`${path}?sort=-last_active_on`)).toMatchObject({
        status: 400,
        body: jsonApiError(400, 'Bad Request', 'sort is not a supported parameter', {
          parameter: 'sort',
        }),
      });
      expect((await call(path)).status).toBe(200);
    });

    it("embed the page's people for include=person by default", async () => {
      const { ada, grace, path } = await setUp(kind);
      const page = await list(`${path}?include=person&limit=1&sort=progress`);
      expect(people(page.data)).toEqual([ada]);
      expect(page.included).toEqual([
        expect.objectContaining({
          id: ada,
          type: 'people',
          attributes: expect.objectContaining({ email: 'ada@example.com' }),
        }),
      ]);
      expect((await list(`${path}?include=person`)).included?.map((item) => item.id)).toEqual([
        grace,
        ada,
      ]);
      expect((await list(path)).included).toBeUndefined();
    });

    it('leave included out with enrollmentInclude ignored', async () => {
      const { path } = await setUp(kind);
      sandbox.switches({ enrollmentInclude: 'ignored' });
      const page = await list(`${path}?include=person`);
      expect(page.data).toHaveLength(2);
      expect(page.included).toBeUndefined();
    });

    it('leave progress out with enrollmentProgress absent, and keep every other attribute', async () => {
      const { ada, grace, path } = await setUp(kind);
      const present = await list(`${path}?sort=person_id`);
      sandbox.switches({ enrollmentProgress: 'absent' });
      const absent = await list(`${path}?sort=person_id`);
      expect(people(absent.data).sort()).toEqual([ada, grace].sort());
      expect(absent.data.map((item) => item.attributes)).toEqual(
        present.data.map((item) => {
          const attributes = { ...item.attributes };
          delete attributes.progress;
          return attributes;
        }),
      );
    });

    it('refuse include with a 400 under enrollmentInclude reject-400', async () => {
      const { path } = await setUp(kind);
      sandbox.switches({ enrollmentInclude: 'reject-400' });
      expect(await call(`${path}?include=person`)).toMatchObject({
        status: 400,
        body: jsonApiError(400, 'Bad Request', 'include is not a supported parameter', {
          parameter: 'include',
        }),
      });
    });
  },
);
