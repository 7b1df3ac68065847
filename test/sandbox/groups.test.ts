import { describe, expect, it } from '@jest/globals';

import { jsonApiError, useSandbox } from './sandbox-helpers.js';

const sandbox = useSandbox({ switches: { rateLimitPerSecond: 1000 } });
const { call, list, idOf } = sandbox;

const createGroup = (name: unknown) =>
  call('/v2/groups', { method: 'POST', body: { data: { type: 'groups', attributes: { name } } } });

const relate = (method: string, group: string, kind: 'people' | 'courses', ids: string[]) =>
  call(`/v2/groups/${group}/relationships/${kind}`, {
    method,
    body: { data: ids.map((id) => ({ type: kind, id })) },
  });

describe('creating a group', () => {
  it('answers 201 with the new group and the existing one with 200 (or 201 if switched)', async () => {
    expect(await createGroup('Globex')).toMatchObject({
      status: 201,
      body: { data: { type: 'groups', attributes: { name: 'Globex', membership_count: 0 } } },
    });
    expect(await createGroup('Globex')).toMatchObject({
      status: 200,
      body: { data: { id: idOf('groups', 'Globex') } },
    });
    sandbox.switches({ existingStatus: 201 });
    expect((await createGroup('Globex')).status).toBe(201);
  });

  it('refuses a taken name with 422 under duplicateGroupName reject-422', async () => {
    sandbox.switches({ duplicateGroupName: 'reject-422' });
    expect(await createGroup('Existing Customers')).toMatchObject({
      status: 422,
      body: jsonApiError(422, 'Invalid Attribute', 'Uh oh, that name has already been added', {
        pointer: '/data/attributes/name',
      }),
    });
  });

  it('checks the body against its schema, with JSON:API 422s', async () => {
    expect(await createGroup(42)).toMatchObject({
      status: 422,
      body: jsonApiError(422, 'Invalid Attribute', 'name must be a string', {
        pointer: '/data/attributes/name',
      }),
    });
    expect(await createGroup('  ')).toMatchObject({
      status: 422,
      body: jsonApiError(422, 'Invalid Attribute', "Name can't be blank", {
        pointer: '/data/attributes/name',
      }),
    });
    expect(await call('/v2/groups', { method: 'POST', body: { data: [] } })).toMatchObject({
      status: 422,
      body: jsonApiError(422, 'Invalid Attribute', 'data must be an object', {
        pointer: '/data',
      }),
    });
  });
});

describe('deleting a group', () => {
  it('answers 204 and removes it with its memberships; 404 for an unknown id', async () => {
    const customers = idOf('groups', 'Existing Customers');
    expect(await call(`/v2/groups/${customers}`, { method: 'DELETE' })).toMatchObject({
      status: 204,
      text: '',
    });
    expect(await call(`/v2/groups/${customers}`)).toMatchObject({
      status: 404,
      body: jsonApiError(404, 'Not Found', 'Group not found'),
    });
    expect(sandbox.current().store.counts()).toMatchObject({
      groups: 0,
      memberships: 0,
      course_assignments: 0,
    });
    expect(await call(`/v2/groups/${customers}`, { method: 'DELETE' })).toMatchObject({
      status: 404,
      body: jsonApiError(404, 'Not Found', 'Group not found'),
    });
  });
});

describe('the people and courses relationships', () => {
  it('add and remove people with 204, silently for a repeat by default', async () => {
    const { store } = sandbox.current();
    const customers = idOf('groups', 'Existing Customers');
    const ada = store.createPerson({ email: 'ada@example.com' }).person.id;
    expect(await relate('POST', customers, 'people', [ada])).toMatchObject({ status: 204 });
    expect(await relate('POST', customers, 'people', [ada])).toMatchObject({ status: 204 });
    expect(store.groupsOf(ada)).toEqual([customers]);
    expect(await relate('DELETE', customers, 'people', [ada])).toMatchObject({ status: 204 });
    expect(store.groupsOf(ada)).toEqual([]);
  });

  it('refuse repeats with 422 under the reject-422 switches', async () => {
    sandbox.switches({
      duplicateMembership: 'reject-422',
      duplicateCourseAssignment: 'reject-422',
    });
    const customers = idOf('groups', 'Existing Customers');
    expect(
      await relate('POST', customers, 'people', [idOf('people', 'grace@example.com')]),
    ).toMatchObject({
      status: 422,
      body: jsonApiError(422, 'Invalid Attribute', 'Person is already a member', {
        pointer: '/data',
      }),
    });
    expect(
      await relate('POST', customers, 'courses', [idOf('courses', 'Product Fundamentals')]),
    ).toMatchObject({
      status: 422,
      body: jsonApiError(422, 'Invalid Attribute', 'Course has already been added', {
        pointer: '/data',
      }),
    });
  });

  it('answer 404 for an unknown group, 422 for an unknown member or a bad body', async () => {
    const customers = idOf('groups', 'Existing Customers');
    expect(await relate('POST', 'nothing', 'people', [])).toMatchObject({
      status: 404,
      body: jsonApiError(404, 'Not Found', 'Group not found'),
    });
    expect(await relate('POST', customers, 'people', ['nobody'])).toMatchObject({
      status: 422,
      body: jsonApiError(422, 'Invalid Attribute', 'Person not found', { pointer: '/data/0/id' }),
    });
    expect(
      await call(`/v2/groups/${customers}/relationships/courses`, {
        method: 'POST',
        body: { data: [{ type: 'people', id: 'x' }] },
      }),
    ).toMatchObject({
      status: 422,
      body: jsonApiError(422, 'Invalid Attribute', 'type must be courses', {
        pointer: '/data/0/type',
      }),
    });
    expect(
      await call(`/v2/groups/${customers}/relationships/people`, {
        method: 'POST',
        body: { data: { type: 'people', id: 'x' } },
      }),
    ).toMatchObject({
      status: 422,
      body: jsonApiError(422, 'Invalid Attribute', 'data must be an array', { pointer: '/data' }),
    });
  });
});

describe('a batch of people with one unknown (batchMembership)', () => {
  const members = (group: string) => sandbox.current().store.members.get(group)?.size ?? 0;
  const batch = () => {
    const { store } = sandbox.current();
    const { group } = store.createGroup('Batch');
    const ids = ['one', 'two'].map(
      (name) => store.createPerson({ email: `${name}@example.com` }).person.id,
    );
    return { group: group.id, ids };
  };

  it('is refused whole with 422 by default: nobody added', async () => {
    const { group, ids } = batch();
    expect(await relate('POST', group, 'people', [...ids, 'nobody'])).toMatchObject({
      status: 422,
      body: jsonApiError(422, 'Invalid Attribute', 'Person not found', { pointer: '/data/2/id' }),
    });
    expect(members(group)).toBe(0);
  });

  it('adds the others, then 422, under partial', async () => {
    sandbox.switches({ batchMembership: 'partial' });
    const { group, ids } = batch();
    expect((await relate('POST', group, 'people', [...ids, 'nobody'])).status).toBe(422);
    expect(members(group)).toBe(2);
  });

  it('refuses any batch of more than one person under single, and takes them one at a time', async () => {
    sandbox.switches({ batchMembership: 'single' });
    const { group, ids } = batch();
    expect(await relate('POST', group, 'people', ids)).toMatchObject({
      status: 422,
      body: jsonApiError(422, 'Invalid Attribute', 'Only one person can be added at a time', {
        pointer: '/data',
      }),
    });
    expect(members(group)).toBe(0);
    for (const id of ids) expect((await relate('POST', group, 'people', [id])).status).toBe(204);
    expect(members(group)).toBe(2);
  });
});

describe('the routes that assign courses (courseAssignmentRoute)', () => {
  const inverse = (course: string, groups: string[]) =>
    call(`/v2/courses/${course}/relationships/groups`, {
      method: 'POST',
      body: { data: groups.map((id) => ({ type: 'groups', id })) },
    });
  const noRoute = (path: string) => ({
    status: 404,
    body: { errors: [{ status: '404', title: 'Not Found', detail: `no route for POST ${path}` }] },
  });

  it("are the group's by default, the course's (inverse) or neither as switched", async () => {
    const group = idOf('groups', 'Existing Customers');
    const course = idOf('courses', 'Advanced Integrations');
    const groupPath = `/v2/groups/${group}/relationships/courses`;
    const coursePath = `/v2/courses/${course}/relationships/groups`;
    expect(await inverse(course, [group])).toMatchObject(noRoute(coursePath));
    expect((await relate('POST', group, 'courses', [course])).status).toBe(204);

    sandbox.switches({ courseAssignmentRoute: 'course' });
    const other = idOf('courses', 'Product Fundamentals');
    const sales = sandbox.current().store.createGroup('Sales').group.id;
    expect(await relate('POST', group, 'courses', [course])).toMatchObject(noRoute(groupPath));
    expect((await inverse(other, [sales])).status).toBe(204);
    expect(sandbox.current().store.counts().course_assignments).toBe(3);
    expect((await inverse(course, [group])).status).toBe(204);
    sandbox.switches({ duplicateCourseAssignment: 'reject-409' });
    expect((await inverse(course, [group])).status).toBe(409);
    expect((await inverse(course, ['0f3e6a52-3b8e-4d0e-9a51-7c1d2b9e4f10'])).status).toBe(422);

    sandbox.switches({ courseAssignmentRoute: 'none' });
    expect(await relate('POST', group, 'courses', [course])).toMatchObject(noRoute(groupPath));
    expect(await inverse(course, [group])).toMatchObject(noRoute(coursePath));
  });

  it('refuse a draft course with 422 on either route under draftCourseAssignment reject-422', async () => {
    const { store } = sandbox.current();
    const group = store.createGroup('Sales').group.id;
    const draft = idOf('courses', 'Advanced Integrations');
    const published = idOf('courses', 'Product Fundamentals');
    const legacy = idOf('courses', 'Legacy Onboarding');
    sandbox.switches({ draftCourseAssignment: 'reject-422' });
    const refusal = (pointer: string) => ({
      status: 422,
      body: {
        errors: [
          {
            status: '422',
            title: 'Invalid Attribute',
            detail: 'Course must be published before it can be assigned',
            source: { pointer },
          },
        ],
      },
    });
    expect(await relate('POST', group, 'courses', [published, draft])).toMatchObject(
      refusal('/data/1/id'),
    );
    // an archived course is not a draft, unless the school has no archived status
    expect((await relate('POST', group, 'courses', [published, legacy])).status).toBe(204);
    sandbox.switches({ archivedStatus: false, courseAssignmentRoute: 'course' });
    expect(await inverse(legacy, [group])).toMatchObject(refusal('/data'));
    expect(await inverse(draft, [group])).toMatchObject(refusal('/data'));
    expect([...(store.groupCourses.get(group) ?? [])].sort()).toEqual([published, legacy].sort());
  });
});

describe('memberships', () => {
  it("list a group's members with the person's id", async () => {
    const customers = idOf('groups', 'Existing Customers');
    const grace = idOf('people', 'grace@example.com');
    expect((await list(`/v2/groups/${customers}/memberships`)).data).toEqual([
      {
        id: `${customers}:${grace}`,
        type: 'memberships',
        attributes: { created_at: '2026-06-01T12:31:00Z' },
        relationships: { person: { data: { type: 'people', id: grace } } },
      },
    ]);
  });

  it('answer 404 {"errors":[]} when empty, or data [] with emptyCollection404 off', async () => {
    const { store } = sandbox.current();
    const globex = store.createGroup('Globex').group.id;
    expect(await call(`/v2/groups/${globex}/memberships`)).toMatchObject({
      status: 404,
      body: { errors: [] },
    });
    sandbox.switches({ emptyCollection404: false });
    expect(await call(`/v2/groups/${globex}/memberships`)).toMatchObject({
      status: 200,
      body: { data: [], links: { self: `${sandbox.url()}/v2/groups/${globex}/memberships` } },
    });
  });
});
