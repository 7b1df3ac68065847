import { describe, expect, it } from '@jest/globals';

import { jsonApiError, useSandbox } from './sandbox-helpers.js';

const sandbox = useSandbox({ switches: { rateLimitPerSecond: 1000 } });
const { call, idOf } = sandbox;

const update = (method: string, id: string, attributes: Record<string, unknown>) =>
  call(`/v2/people/${id}`, { method, body: { data: { type: 'people', id, attributes } } });

const noRoute = (method: string, id: string) =>
  jsonApiError(404, 'Not Found', `no route for ${method} /v2/people/${id}`);

describe('updating a person', () => {
  it('takes a partial PUT by default and answers 404 "no route" to PATCH', async () => {
    const grace = idOf('people', 'grace@example.com');
    expect(await update('PUT', grace, { last_name: 'Murray Hopper' })).toMatchObject({
      status: 200,
      body: {
        data: {
          id: grace,
          type: 'people',
          attributes: {
            email: 'grace@example.com',
            first_name: 'Grace',
            last_name: 'Murray Hopper',
            full_name: 'Grace Murray Hopper',
          },
        },
      },
    });
    expect(await update('PATCH', grace, { last_name: 'X' })).toMatchObject({
      status: 404,
      body: noRoute('PATCH', grace),
    });
    expect(sandbox.current().store.people.get(grace)?.last_name).toBe('Murray Hopper');
  });

  it('takes PATCH only with personUpdateVerbs patch, and both with both', async () => {
    const grace = idOf('people', 'grace@example.com');
    sandbox.switches({ personUpdateVerbs: 'patch' });
    expect(await update('PATCH', grace, { first_name: 'Amazing Grace' })).toMatchObject({
      status: 200,
      body: { data: { attributes: { full_name: 'Amazing Grace Hopper' } } },
    });
    expect(await update('PUT', grace, { first_name: 'X' })).toMatchObject({
      status: 404,
      body: noRoute('PUT', grace),
    });
    sandbox.switches({ personUpdateVerbs: 'both' });
    expect((await update('PUT', grace, { first_name: 'A' })).status).toBe(200);
    expect((await update('PATCH', grace, { first_name: 'B' })).status).toBe(200);
  });

  it('answers a verb it does not take with 405 and Allow under missingVerbStatus 405', async () => {
    const grace = idOf('people', 'grace@example.com');
    sandbox.switches({ missingVerbStatus: 405 });
    const refused = await update('PATCH', grace, { first_name: 'X' });
    expect(refused).toMatchObject({
      status: 405,
      body: jsonApiError(405, 'Method Not Allowed', `PATCH is not allowed on /v2/people/${grace}`),
    });
    expect(refused.headers.get('allow')).toBe('GET, DELETE, PUT');
    sandbox.switches({ personUpdateVerbs: 'patch' });
    expect((await update('PUT', grace, {})).headers.get('allow')).toBe('GET, DELETE, PATCH');
  });

  it('refuses a verb it does not take before reading the body', async () => {
    const grace = idOf('people', 'grace@example.com');
    expect(await call(`/v2/people/${grace}`, { method: 'PATCH', body: '{"data":' })).toMatchObject({
      status: 404,
      body: noRoute('PATCH', grace),
    });
  });

  it('serves and updates disabled (false unless set)', async () => {
    const grace = idOf('people', 'grace@example.com');
    expect((await call(`/v2/people/${grace}`)).body).toMatchObject({
      data: { attributes: { disabled: false } },
    });
    expect(await update('PUT', grace, { disabled: true })).toMatchObject({
      status: 200,
      body: { data: { attributes: { disabled: true } } },
    });
  });

  it('answers a bad body with a 422 pointing at it, and an unknown person with 404', async () => {
    const grace = idOf('people', 'grace@example.com');
    expect(await update('PUT', grace, { disabled: 'yes' })).toMatchObject({
      status: 422,
      body: jsonApiError(422, 'Invalid Attribute', 'disabled must be a boolean', {
        pointer: '/data/attributes/disabled',
      }),
    });
    expect(await update('PUT', grace, { email: 'not-an-email' })).toMatchObject({
      status: 422,
      body: jsonApiError(422, 'Invalid Attribute', 'Email is invalid', {
        pointer: '/data/attributes/email',
      }),
    });
    expect(await update('PUT', 'nobody', { first_name: 'X' })).toMatchObject({
      status: 404,
      body: jsonApiError(404, 'Not Found', 'Person not found'),
    });
  });
});

describe('creating a person', () => {
  const create = (attributes: Record<string, unknown>) =>
    call('/v2/people', { method: 'POST', body: { data: { type: 'people', attributes } } });

  it('answers 201 with the new person, and the existing one with 200 by default', async () => {
    const created = await create({ email: 'ada@example.com', first_name: 'Ada' });
    expect(created).toMatchObject({
      status: 201,
      body: {
        data: {
          type: 'people',
          attributes: { email: 'ada@example.com', registration_status: 'not_activated' },
        },
      },
    });
    expect(await create({ email: 'ADA@example.com' })).toMatchObject({
      status: 200,
      body: { data: { id: idOf('people', 'ada@example.com') } },
    });
    sandbox.switches({ existingStatus: 201 });
    expect((await create({ email: 'ada@example.com' })).status).toBe(201);
  });

  it('refuses a known email with 422 under duplicateEmail reject-422', async () => {
    sandbox.switches({ duplicateEmail: 'reject-422' });
    expect(await create({ email: 'grace@example.com' })).toMatchObject({
      status: 422,
      body: jsonApiError(422, 'Invalid Attribute', 'Email has already been taken', {
        pointer: '/data/attributes/email',
      }),
    });
  });

  it('checks the body against its schema, with JSON:API 422s', async () => {
    expect(await create({ email: 7 })).toMatchObject({
      status: 422,
      body: jsonApiError(422, 'Invalid Attribute', 'email must be a string', {
        pointer: '/data/attributes/email',
      }),
    });
    expect(await create({})).toMatchObject({
      status: 422,
      body: jsonApiError(422, 'Invalid Attribute', "Email can't be blank", {
        pointer: '/data/attributes/email',
      }),
    });
    expect(await call('/v2/people', { method: 'POST', body: {} })).toMatchObject({
      status: 422,
      body: jsonApiError(422, 'Invalid Attribute', 'data is required', { pointer: '/data' }),
    });
    expect(
      await call('/v2/people', { method: 'POST', body: { data: { attributes: {} } } }),
    ).toMatchObject({
      status: 422,
      body: jsonApiError(422, 'Invalid Attribute', 'type is required', {
        pointer: '/data/type',
      }),
    });
  });
});

describe('deleting a person', () => {
  it('answers 204 and removes them with their memberships; 404 for an unknown id', async () => {
    const grace = idOf('people', 'grace@example.com');
    const deleted = await call(`/v2/people/${grace}`, { method: 'DELETE' });
    expect(deleted).toMatchObject({ status: 204, text: '' });
    expect((await call(`/v2/people/${grace}`)).status).toBe(404);
    expect(sandbox.current().store.counts()).toMatchObject({ learners: 0, memberships: 0 });
    expect(await call(`/v2/people/${grace}`, { method: 'DELETE' })).toMatchObject({
      status: 404,
      body: jsonApiError(404, 'Not Found', 'Person not found'),
    });
  });
});

describe('invitations', () => {
  it('resends to a pending person (204) and refuses an activated one (422)', async () => {
    const { store } = sandbox.current();
    const ada = store.createPerson({ email: 'ada@example.com' }).person;
    expect(await call(`/v2/people/${ada.id}/invitations`, { method: 'POST' })).toMatchObject({
      status: 204,
    });
    expect(ada.invitations_sent).toBe(2);
    const grace = idOf('people', 'grace@example.com');
    expect(await call(`/v2/people/${grace}/invitations`, { method: 'POST' })).toMatchObject({
      status: 422,
      body: jsonApiError(422, 'Invalid Attribute', 'Person has already been activated', {
        pointer: '/data',
      }),
    });
  });

  it('answers 404 "no route" with invitationRoute off, sending nothing', async () => {
    const { store } = sandbox.current();
    const ada = store.createPerson({ email: 'ada@example.com' }).person;
    sandbox.switches({ invitationRoute: false });
    const path = `/v2/people/${ada.id}/invitations`;
    expect(await call(path, { method: 'POST' })).toMatchObject({
      status: 404,
      body: {
        errors: [{ status: '404', title: 'Not Found', detail: `no route for POST ${path}` }],
      },
    });
    expect(ada.invitations_sent).toBe(1);
  });
});
