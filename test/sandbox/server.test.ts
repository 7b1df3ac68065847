import { describe, expect, it } from '@jest/globals';

import { SANDBOX_API_KEY } from '../../sandbox/server.ts';
import { jsonApiError, useSandbox } from './sandbox-helpers.js';

const sandbox = useSandbox();

const call = async (path: string, init: RequestInit = {}, key: string | null = SANDBOX_API_KEY) => {
  const response = await fetch(`${sandbox.current().url}${path}`, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(key ? { 'x-api-key': key } : {}),
      ...(init.headers as Record<string, string> | undefined),
    },
  });
  const json = response.headers.get('content-type')?.startsWith('application/json');
  return { status: response.status, body: json ? await response.json() : undefined };
};

describe('the sandbox answers like Northpass', () => {
  it('refuses a request without the key with a JSON:API 401', async () => {
    expect(await call('/v2/courses', {}, null)).toEqual({
      status: 401,
      body: {
        errors: [
          {
            status: '401',
            title: 'Unauthorized',
            detail: "You don't have the necessary credentials",
            source: {},
          },
        ],
      },
    });
  });

  it('answers malformed JSON with a JSON:API 400', async () => {
    expect(await call('/v2/groups', { method: 'POST', body: '{"data":' })).toEqual({
      status: 400,
      body: {
        errors: [
          {
            status: '400',
            title: 'Bad Request',
            detail: 'the request body is not valid JSON',
            source: {},
          },
        ],
      },
    });
  });

  it('answers an unknown route with a JSON:API 404', async () => {
    expect(await call('/v2/nothing-here')).toMatchObject({
      status: 404,
      body: { errors: [{ status: '404', detail: 'no route for GET /v2/nothing-here' }] },
    });
  });

  it('answers a body of the wrong type with a 422 that points at it', async () => {
    expect(
      await call('/v2/groups', {
        method: 'POST',
        body: JSON.stringify({ data: { type: 'people', attributes: { name: 'X' } } }),
      }),
    ).toMatchObject({
      status: 422,
      body: {
        errors: [
          { status: '422', detail: 'type must be groups', source: { pointer: '/data/type' } },
        ],
      },
    });
  });

  it('serves the school, and courses with their descriptions and enrollment links', async () => {
    const { store } = sandbox.current();
    expect(await call('/v2/properties/school')).toEqual({
      status: 200,
      body: {
        data: {
          id: store.schoolId,
          type: 'schools',
          attributes: { properties: { name: 'Acme Academy' } },
        },
      },
    });
    const fundamentals = [...store.courses.values()].find(
      (course) => course.name === 'Product Fundamentals',
    );
    const id = fundamentals?.id ?? '';
    expect(await call(`/v2/courses/${id}`)).toEqual({
      status: 200,
      body: {
        data: {
          id,
          type: 'courses',
          attributes: {
            name: 'Product Fundamentals',
            status: 'published',
            permalink: 'product-fundamentals',
            short_description: 'The essentials of the product in six short lessons.',
            enrollments_count: 1,
            course_enrollment_link:
              'https://acme-academy.example.com/c/product-fundamentals/enroll',
            created_at: '2026-01-15T09:30:00Z',
            updated_at: '2026-01-15T09:30:00Z',
          },
          links: {
            self: `${sandbox.current().url}/v2/courses/${id}`,
            enroll: {
              href: 'https://acme-academy.example.com/c/product-fundamentals/enroll',
              methods: ['get'],
            },
          },
        },
      },
    });
    expect(await call('/v2/courses/nothing')).toEqual({
      status: 404,
      body: jsonApiError(404, 'Not Found', 'Course not found'),
    });
  });

  it('answers a body that is not JSON with a JSON:API 415', async () => {
    expect(
      await call('/v2/groups', {
        method: 'POST',
        body: 'name=Globex',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
    ).toMatchObject({
      status: 415,
      body: { errors: [{ status: '415', title: 'Unsupported Media Type', source: {} }] },
    });
  });

  it('pages with page/limit, leaving out next on the last page', async () => {
    const first = await call('/v2/courses?limit=3&sort=name');
    expect(first.body).toMatchObject({
      links: { next: `${sandbox.current().url}/v2/courses?limit=3&sort=name&page=2` },
    });
    const last = await call('/v2/courses?limit=3&sort=name&page=2');
    expect(last.body).toEqual({
      data: [
        expect.objectContaining({
          attributes: expect.objectContaining({ name: 'Product Fundamentals' }),
        }),
      ],
      links: {
        self: `${sandbox.current().url}/v2/courses?limit=3&sort=name&page=2`,
        prev: `${sandbox.current().url}/v2/courses?limit=3&sort=name`,
      },
    });
  });

  it('answers 404 for an empty enrollments collection', async () => {
    const course = [...sandbox.current().store.courses.values()].find(
      (item) => item.status === 'draft',
    );
    expect((await call(`/v2/courses/${course?.id ?? ''}/enrollments`)).status).toBe(404);
  });

  it('limits each key to 10 requests a second', async () => {
    // a stopped clock an hour ahead: earlier tests' requests are long gone, and every request
    // arrives in the same second, however slowly a loaded machine sends them
    const frozen = Date.now() + 3_600_000;
    sandbox.current().store.clock = () => frozen;
    const statuses = await Promise.all(
      Array.from({ length: 12 }, () => call('/v2/courses?limit=1')),
    );
    expect(statuses.map((response) => response.status).sort()).toEqual([
      ...Array<number>(10).fill(200),
      429,
      429,
    ]);
  });
});
