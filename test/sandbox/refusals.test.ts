/** The sandbox positions that play every status the app accepts as "already so" or "not so". */
import { describe, expect, it } from '@jest/globals';

import { jsonApiError, useSandbox } from './sandbox-helpers.js';

const sandbox = useSandbox({ switches: { rateLimitPerSecond: 1000 } });
const { call, idOf } = sandbox;

const relate = (method: string, group: string, kind: 'people' | 'courses', ids: string[]) =>
  call(`/v2/groups/${group}/relationships/${kind}`, {
    method,
    body: { data: ids.map((id) => ({ type: kind, id })) },
  });

const create = (kind: 'people' | 'groups', attributes: Record<string, string>) =>
  call(`/v2/${kind}`, { method: 'POST', body: { data: { type: kind, attributes } } });

describe('refusals with 409', () => {
  it('refuse a known email, a taken name and repeated relationship writes', async () => {
    sandbox.switches({
      duplicateEmail: 'reject-409',
      duplicateGroupName: 'reject-409',
      duplicateMembership: 'reject-409',
      duplicateCourseAssignment: 'reject-409',
    });
    const customers = idOf('groups', 'Existing Customers');
    const grace = idOf('people', 'grace@example.com');
    expect(await create('people', { email: 'grace@example.com' })).toMatchObject({
      status: 409,
      body: jsonApiError(409, 'Conflict', 'Email has already been taken', {
        pointer: '/data/attributes/email',
      }),
    });
    expect((await create('groups', { name: 'Existing Customers' })).status).toBe(409);
    expect(await relate('POST', customers, 'people', [grace])).toMatchObject({
      status: 409,
      body: jsonApiError(409, 'Conflict', 'Person is already a member', { pointer: '/data' }),
    });
    expect(
      (await relate('POST', customers, 'courses', [idOf('courses', 'Product Fundamentals')]))
        .status,
    ).toBe(409);
  });
});

describe.each([
  ['reject-404', 404, 'Not Found'],
  ['reject-409', 409, 'Conflict'],
  ['reject-422', 422, 'Invalid Attribute'],
] as const)('nonMemberRemoval %s', (position, status, title) => {
  it('refuses removing a non-member, and still removes a member with 204', async () => {
    sandbox.switches({ nonMemberRemoval: position });
    const customers = idOf('groups', 'Existing Customers');
    const grace = idOf('people', 'grace@example.com');
    expect((await relate('DELETE', customers, 'people', [grace])).status).toBe(204);
    expect(await relate('DELETE', customers, 'people', [grace])).toMatchObject({
      status,
      body: jsonApiError(status, title, 'Person is not a member of this group', {
        pointer: '/data',
      }),
    });
  });
});

it('removes a non-member silently by default', async () => {
  const customers = idOf('groups', 'Existing Customers');
  const grace = idOf('people', 'grace@example.com');
  await relate('DELETE', customers, 'people', [grace]);
  expect((await relate('DELETE', customers, 'people', [grace])).status).toBe(204);
});
