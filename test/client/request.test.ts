import { describe, expect, it, jest } from '@jest/globals';
import type { ZObject } from 'zapier-platform-core';
import { z as zod } from 'zod';

import { MAX_PAGES, STEP_BUDGET_MS } from '../../src/client/config.js';
import { resourceSchema, singleDocumentSchema } from '../../src/client/jsonapi.js';
import { collectPages, fetchPage, northpassRequest, parseBody } from '../../src/client/request.js';
import { northpass, raised, run, sentRequests, TEST_API_KEY } from '../helpers.js';

const courseSchema = resourceSchema(zod.looseObject({ name: zod.string() }));
const course = (id: string, name = `Course ${id}`) => ({
  id,
  type: 'courses',
  attributes: { name, status: 'published' },
});

const getCourse = async (z: ZObject) =>
  parseBody(
    await northpassRequest(z, { path: '/v2/courses/c1', notFound: 'No course has the ID "c1".' }),
    singleDocumentSchema(courseSchema),
  );
const postGroup = (z: ZObject) =>
  northpassRequest(z, { method: 'POST', path: '/v2/groups', body: { data: { type: 'groups' } } });

describe('requests', () => {
  it('sends the key, JSON headers and the body, and parses the document', async () => {
    northpass()
      .matchHeader('accept', 'application/json')
      .get('/v2/courses/c1')
      .reply(200, { data: course('c1', 'Onboarding') });

    const document = await run(getCourse);

    expect(document.data).toEqual({
      id: 'c1',
      type: 'courses',
      attributes: { name: 'Onboarding', status: 'published' },
    });
  });

  it('sends writes as JSON with a content type', async () => {
    northpass()
      .matchHeader('content-type', 'application/json')
      .post('/v2/groups', { data: { type: 'groups' } })
      .reply(201, { data: { id: 'g1', type: 'groups', attributes: { name: 'A' } } });

    const response = await run(postGroup);
    expect(response.status).toBe(201);
  });

  it('honours NORTHPASS_API_URL and keeps the key to that host', async () => {
    process.env.NORTHPASS_API_URL = 'http://127.0.0.1:4010/';
    try {
      const { default: nock } = await import('nock');
      nock('http://127.0.0.1:4010')
        .matchHeader('x-api-key', TEST_API_KEY)
        .get('/v2/courses/c1')
        .reply(200, { data: course('c1') });
      await expect(run(getCourse)).resolves.toMatchObject({ data: { id: 'c1' } });
    } finally {
      delete process.env.NORTHPASS_API_URL;
    }
  });
});

describe('error mapping', () => {
  const detail = {
    errors: [
      {
        status: '422',
        title: 'Invalid Attribute',
        detail: 'Uh oh, that name has already been added',
        source: { pointer: '/data/attributes/name' },
      },
    ],
  };

  it('turns 401 into an expired connection', async () => {
    northpass()
      .get('/v2/courses/c1')
      .reply(401, { errors: [{ status: '401', title: 'Unauthorized', source: {} }] });
    expect(await raised(run(getCourse))).toEqual({
      name: 'ExpiredAuthError',
      message:
        'Northpass no longer accepts this API key. Reconnect Northpass in Zapier with a current key from Northpass admin: Apps > API Access.',
    });
  });

  it('explains 402 as a plan without API access', async () => {
    northpass().get('/v2/courses/c1').reply(402, '');
    expect(await raised(run(getCourse))).toEqual({
      name: 'AppError',
      code: 'plan_required',
      status: 402,
      message:
        "Your Northpass school's plan does not include API access. Ask Northpass support to enable the API Access app.",
    });
  });

  it('explains 403 as a plan or permission problem, with Northpass detail', async () => {
    northpass()
      .get('/v2/courses/c1')
      .reply(403, { errors: [{ status: '403', detail: 'Feature not enabled.' }] });
    expect(await raised(run(getCourse))).toEqual({
      name: 'AppError',
      code: 'forbidden',
      status: 403,
      message:
        "Northpass did not allow this: your school's plan or this API key's permissions do not include it. Northpass said: Feature not enabled.",
    });
  });

  it('names the record and value on 404', async () => {
    northpass().get('/v2/courses/c1').reply(404, { errors: [] });
    expect(await raised(run(getCourse))).toEqual({
      name: 'AppError',
      code: 'not_found',
      status: 404,
      message: 'No course has the ID "c1".',
    });
  });

  it("passes on Northpass's reason and field for 422", async () => {
    northpass().post('/v2/groups').reply(422, detail);
    expect(await raised(run(postGroup))).toEqual({
      name: 'AppError',
      code: 'rejected',
      status: 422,
      message:
        'Northpass rejected the data sent. Northpass said: Uh oh, that name has already been added (field: name).',
    });
  });

  it('maps 400 and other 4xx with their reason', async () => {
    northpass()
      .get('/v2/courses/c1')
      .reply(400, { errors: [{ title: 'Bad filter' }] });
    expect(await raised(run(getCourse))).toMatchObject({
      code: 'bad_request',
      message: 'Northpass could not accept this request. Northpass said: Bad filter.',
    });
    northpass().get('/v2/courses/c1').reply(418, '');
    expect(await raised(run(getCourse))).toMatchObject({
      code: 'client_error',
      message: 'Northpass could not process this request (HTTP 418).',
    });
  });

  it('keeps 429 as a throttled error with the Retry-After delay, or 5 s', async () => {
    northpass().get('/v2/courses/c1').reply(429, 'slow down', { 'retry-after': '2' });
    expect(await raised(run(getCourse))).toEqual({
      name: 'ThrottledError',
      message:
        "Northpass's rate limit (10 requests a second per school) was reached. Zapier will retry this step shortly.",
      delay: 2,
    });
    northpass().get('/v2/courses/c1').reply(429);
    expect(await raised(run(getCourse))).toMatchObject({ name: 'ThrottledError', delay: 5 });
  });

  it('never lets the API key into a message, even when Northpass echoes it', async () => {
    northpass()
      .get('/v2/courses/c1')
      .reply(422, { errors: [{ detail: `Key ${TEST_API_KEY} is not allowed here` }] });
    const error = await raised(run(getCourse));
    expect(error.message).toBe(
      'Northpass rejected the data sent. Northpass said: Key [API key] is not allowed here.',
    );
  });

  it('never logs the API key', async () => {
    const lines: string[] = [];
    const capture = (...args: unknown[]) => {
      lines.push(args.map(String).join(' '));
    };
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      jest.spyOn(console, method).mockImplementation(capture);
    }
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    northpass().get('/v2/courses/c1').reply(401, { errors: [] });
    await raised(run(getCourse));
    expect(lines.join('\n')).not.toContain(TEST_API_KEY);
  });

  it('reads an HTML error page without dumping it', async () => {
    northpass()
      .get('/v2/courses/c1')
      .reply(422, '<html><body>Error</body></html>', { 'content-type': 'text/html' });
    expect(await raised(run(getCourse))).toEqual({
      name: 'AppError',
      code: 'rejected',
      status: 422,
      message: 'Northpass rejected the data sent.',
    });
  });
});

describe('unreadable successes', () => {
  it.each([
    ['an HTML page', '<html>maintenance</html>', 'the reply was not JSON'],
    ['an empty body', '', 'the reply was empty'],
    [
      'JSON of the wrong shape',
      { data: { id: 'c1' } },
      'data.attributes was not in the expected form',
    ],
  ])('explains %s', async (_label, body, problem) => {
    northpass().get('/v2/courses/c1').reply(200, body);
    expect(await raised(run(getCourse))).toEqual({
      name: 'AppError',
      code: 'unreadable_response',
      status: 502,
      message: `Northpass sent a reply this integration could not read (${problem}). If this keeps happening, Northpass may be having problems.`,
    });
  });
});

describe('retries', () => {
  it('retries a GET once after a 5xx and succeeds', async () => {
    northpass()
      .get('/v2/courses/c1')
      .reply(503, '<html>Service Unavailable</html>')
      .get('/v2/courses/c1')
      .reply(200, { data: course('c1') });
    await expect(run(getCourse)).resolves.toMatchObject({ data: { id: 'c1' } });
    expect(sentRequests).toEqual(['GET /v2/courses/c1', 'GET /v2/courses/c1']);
  });

  it('gives up after one retry with a readable message', async () => {
    northpass()
      .get('/v2/courses/c1')
      .twice()
      .reply(500, { errors: [{ detail: 'boom' }] });
    expect(await raised(run(getCourse))).toEqual({
      name: 'AppError',
      code: 'northpass_unavailable',
      status: 500,
      message:
        'Northpass is unavailable right now (HTTP 500), even after one retry. Try again in a few minutes.',
    });
    expect(sentRequests).toHaveLength(2);
  });

  it('retries a network failure once', async () => {
    northpass()
      .get('/v2/courses/c1')
      .replyWithError('socket hang up')
      .get('/v2/courses/c1')
      .reply(200, { data: course('c1') });
    await expect(run(getCourse)).resolves.toMatchObject({ data: { id: 'c1' } });
  });

  it('does not retry a POST that is not marked repeatable', async () => {
    northpass().post('/v2/groups').reply(502);
    expect(await raised(run(postGroup))).toEqual({
      name: 'AppError',
      code: 'northpass_unavailable',
      status: 502,
      message: 'Northpass is unavailable right now (HTTP 502). Try again in a few minutes.',
    });
    expect(sentRequests).toEqual(['POST /v2/groups']);
  });

  it('retries a POST marked repeatable', async () => {
    northpass().post('/v2/groups').reply(502).post('/v2/groups').reply(204);
    const response = await run((z: ZObject) =>
      northpassRequest(z, { method: 'POST', path: '/v2/groups', body: {}, retry: true }),
    );
    expect(response.status).toBe(204);
  });

  it('reports a network failure on a POST without retrying it', async () => {
    northpass().post('/v2/groups').replyWithError('connect ECONNREFUSED');
    expect(await raised(run(postGroup))).toEqual({
      name: 'AppError',
      code: 'northpass_unavailable',
      status: 504,
      message: 'Could not reach Northpass. Try again in a few minutes.',
    });
  });
});

describe('time budget', () => {
  it('times a slow request out inside the step budget and reports it', async () => {
    const realNow = Date.now.bind(Date);
    let skew = 0;
    jest.spyOn(Date, 'now').mockImplementation(() => realNow() + skew);
    northpass()
      .get('/v2/courses/c1')
      .reply(200, () => {
        // the step has now used all but 2 s of its budget
        skew = STEP_BUDGET_MS - 2_000;
        return { data: course('c1') };
      })
      .get('/v2/courses/c1')
      .delay(3_000)
      .reply(200, { data: course('c1') });

    const twoReads = async (z: ZObject) => {
      await getCourse(z);
      return getCourse(z);
    };
    expect(await raised(run(twoReads))).toEqual({
      name: 'AppError',
      code: 'northpass_unavailable',
      status: 504,
      message:
        "Northpass is answering too slowly for this step to finish inside Zapier's 30-second limit. Try again in a few minutes.",
    });
    expect(sentRequests).toEqual(['GET /v2/courses/c1', 'GET /v2/courses/c1']);
  });
});

describe('pagination', () => {
  const page = (ids: string[], next?: number) => ({
    data: ids.map((id) => course(id)),
    links: {
      self: 'https://api.northpass.com/v2/courses',
      ...(next ? { next: `https://api.northpass.com/v2/courses?limit=100&page=${next}` } : {}),
    },
  });

  it('follows links.next until it is missing', async () => {
    northpass()
      .get('/v2/courses')
      .query({ limit: 100, sort: 'name' })
      .reply(200, page(['a', 'b'], 2))
      .get('/v2/courses')
      .query({ limit: 100, page: 2 })
      .reply(200, page(['c']));
    const result = await run((z: ZObject) =>
      collectPages(z, { path: '/v2/courses', params: { sort: 'name' } }, courseSchema),
    );
    expect(result.items.map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(result.complete).toBe(true);
  });

  it('stops at the page cap', async () => {
    const scope = northpass()
      .get('/v2/courses')
      .query({ limit: 100 })
      .reply(200, page(['p1'], 2));
    for (let n = 2; n <= MAX_PAGES; n += 1) {
      scope
        .get('/v2/courses')
        .query({ limit: 100, page: n })
        .reply(200, page([`p${n}`], n + 1));
    }
    const result = await run((z: ZObject) =>
      collectPages(z, { path: '/v2/courses' }, courseSchema),
    );
    expect(result.items).toHaveLength(MAX_PAGES);
    expect(result.complete).toBe(false);
    expect(sentRequests).toHaveLength(MAX_PAGES);
  });

  it('stops as soon as the caller has enough', async () => {
    northpass()
      .get('/v2/courses')
      .query({ limit: 100 })
      .reply(200, page(['a'], 2));
    const result = await run((z: ZObject) =>
      collectPages(z, { path: '/v2/courses' }, courseSchema, {
        enough: (items) => items.length > 0,
      }),
    );
    expect(result).toMatchObject({ complete: true, items: [{ id: 'a' }] });
  });

  it('treats a 404 on a collection as empty', async () => {
    northpass().get('/v2/courses/c1/enrollments').query({ limit: 100 }).reply(404, '');
    const result = await run((z: ZObject) =>
      fetchPage(z, { path: '/v2/courses/c1/enrollments', params: { limit: 100 } }, courseSchema),
    );
    expect(result).toEqual({ items: [] });
  });

  it('never sends the key to a host other than Northpass, even one a next link names', async () => {
    const { default: nock } = await import('nock');
    northpass()
      .get('/v2/courses')
      .query({ limit: 100 })
      .reply(200, {
        data: [course('a')],
        links: { next: 'https://elsewhere.example/v2/courses?page=2' },
      });
    nock('https://elsewhere.example', { badheaders: ['x-api-key'] })
      .get('/v2/courses')
      .query({ page: 2 })
      .reply(200, { data: [course('b')], links: {} });
    const result = await run((z: ZObject) =>
      collectPages(z, { path: '/v2/courses' }, courseSchema),
    );
    expect(result.items.map((item) => item.id)).toEqual(['a', 'b']);
  });

  it('stops on an empty page even if a next link is present', async () => {
    northpass().get('/v2/courses').query({ limit: 100 }).reply(200, page([], 2));
    const result = await run((z: ZObject) =>
      collectPages(z, { path: '/v2/courses' }, courseSchema),
    );
    expect(result).toEqual({ items: [], complete: true });
  });
});
