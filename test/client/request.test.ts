import { describe, expect, it, jest } from '@jest/globals';
import type { ZObject } from 'zapier-platform-core';

import { STEP_BUDGET_MS } from '../../src/client/config.js';
import { collectPages, fetchPage } from '../../src/client/pages.js';
import { findDocument, northpassRequest } from '../../src/client/request.js';
import { RETRY_DELAY_MS } from '../../src/client/retry.js';
import { course, courseSchema, getCourse, postGroup } from './calls.js';
import { northpass, raised, run, sentRequests, waits } from '../helpers.js';

describe('retries', () => {
  it('retries a GET once after a 5xx and succeeds', async () => {
    northpass()
      .get('/v2/courses/c1')
      .reply(503, '<html>Service Unavailable</html>')
      .get('/v2/courses/c1')
      .reply(200, { data: course('c1') });
    await expect(run(getCourse)).resolves.toMatchObject({ data: { id: 'c1' } });
    expect(sentRequests).toEqual(['GET /v2/courses/c1', 'GET /v2/courses/c1']);
    expect(waits).toEqual([RETRY_DELAY_MS]);
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

describe('rate limit', () => {
  it('waits once inside the step after a 429, then carries on', async () => {
    northpass()
      .get('/v2/courses/c1')
      .reply(429, '', { 'retry-after': '1' })
      .get('/v2/courses/c1')
      .reply(200, { data: course('c1') });
    await expect(run(getCourse)).resolves.toMatchObject({ data: { id: 'c1' } });
    expect(sentRequests).toEqual(['GET /v2/courses/c1', 'GET /v2/courses/c1']);
    // the second Northpass asked for, no more
    expect(waits).toEqual([1_000]);
  });

  it('waits once even for a write: a 429 means nothing was done', async () => {
    northpass()
      .post('/v2/groups')
      .reply(429)
      .post('/v2/groups')
      .reply(201, { data: { id: 'g1', type: 'groups', attributes: { name: 'A' } } });
    expect((await run(postGroup)).status).toBe(201);
    // no Retry-After: one to three seconds, so parallel runs spread their retries
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(1_000);
    expect(waits[0]).toBeLessThan(3_000);
  });

  it("hands a second 429 to Zapier's throttled state", async () => {
    northpass().get('/v2/courses/c1').twice().reply(429, '', { 'retry-after': '1' });
    expect(await raised(run(getCourse))).toEqual({
      name: 'ThrottledError',
      message:
        "Northpass's rate limit (10 requests a second per school) was reached. Zapier will retry this step shortly.",
      delay: 1,
    });
    expect(waits).toEqual([1_000]);
  });

  it('does not wait inside the step for a Retry-After longer than the step can afford', async () => {
    northpass().get('/v2/courses/c1').reply(429, '', { 'retry-after': '30' });
    expect(await raised(run(getCourse))).toMatchObject({ name: 'ThrottledError', delay: 30 });
    expect(sentRequests).toHaveLength(1);
    expect(waits).toEqual([]);
  });
});

describe('parameters Northpass may not support', () => {
  const sorted = (z: ZObject) =>
    fetchPage(
      z,
      { path: '/v2/courses', params: { limit: 100, sort: 'name' }, optional: ['sort'] },
      courseSchema,
    );

  it.each([
    ['names it as the source parameter', { errors: [{ source: { parameter: 'sort' } }] }],
    ['names it in its words', { errors: [{ detail: 'Sort is not supported here.' }] }],
  ])('sends a request again without a parameter a 400 %s', async (_how, body) => {
    northpass()
      .get('/v2/courses')
      .query({ limit: 100, sort: 'name' })
      .reply(400, body)
      .get('/v2/courses')
      .query({ limit: 100 })
      .reply(200, { data: [course('a')] });
    expect((await run(sorted)).items).toHaveLength(1);
  });

  it('keeps a 400 about something else an error', async () => {
    northpass()
      .get('/v2/courses')
      .query({ limit: 100, sort: 'name' })
      .reply(400, { errors: [{ detail: 'limit must be at most 100' }] });
    expect(await raised(run(sorted))).toMatchObject({
      code: 'bad_request',
      message:
        'Northpass could not accept this request. Northpass said: limit must be at most 100.',
    });
  });
});

describe('pagination', () => {
  const page = (ids: string[], next?: string) => ({
    data: ids.map((id) => course(id)),
    links: next ? { next } : {},
  });
  const collect = (maxPages: number) => (z: ZObject) =>
    collectPages(z, { path: '/v2/courses', params: { sort: 'name' } }, courseSchema, { maxPages });

  it('builds every page itself, with the same limit: a next link only says more exist', async () => {
    northpass()
      .get('/v2/courses')
      .query({ limit: 100, sort: 'name' })
      // Northpass's documented next link drops the limit
      .reply(200, page(['a', 'b'], 'https://api.northpass.com/v2/courses?page=2'))
      .get('/v2/courses')
      .query({ limit: 100, sort: 'name', page: 2 })
      .reply(200, page(['c']));
    const result = await run(collect(5));
    expect(result.items.map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(result.complete).toBe(true);
  });

  it.each([
    'https://elsewhere.example/v2/courses?page=2',
    'file:///etc/passwd',
    'ftp://api.northpass.com/v2/courses',
    '::not a url::',
  ])('never follows the next link %s: the next page goes to Northpass', async (next) => {
    northpass()
      .get('/v2/courses')
      .query({ limit: 100, sort: 'name' })
      .reply(200, page(['a'], next))
      .get('/v2/courses')
      .query({ limit: 100, sort: 'name', page: 2 })
      .reply(200, page(['b']));
    expect((await run(collect(5))).items.map((item) => item.id)).toEqual(['a', 'b']);
  });

  it('stops at the page cap the caller passes, and says the walk is incomplete', async () => {
    const scope = northpass();
    for (let n = 1; n <= 3; n += 1) {
      scope
        .get('/v2/courses')
        .query({ limit: 100, sort: 'name', ...(n > 1 ? { page: n } : {}) })
        .reply(200, page([`p${n}`], 'more'));
    }
    const result = await run(collect(3));
    expect(result).toMatchObject({ complete: false, pages: 3 });
    expect(result.items).toHaveLength(3);
  });

  it('stops as soon as the caller has enough', async () => {
    northpass()
      .get('/v2/courses')
      .query({ limit: 100 })
      .reply(200, page(['a'], 'more'));
    const result = await run((z: ZObject) =>
      collectPages(z, { path: '/v2/courses' }, courseSchema, {
        maxPages: 5,
        enough: (items) => items.length > 0,
      }),
    );
    expect(result).toMatchObject({ complete: true, items: [{ id: 'a' }] });
  });

  it('stops on an empty page even if a next link is present', async () => {
    northpass().get('/v2/courses').query({ limit: 100 }).reply(200, page([], 'more'));
    const result = await run((z: ZObject) =>
      collectPages(z, { path: '/v2/courses' }, courseSchema, { maxPages: 5 }),
    );
    expect(result).toMatchObject({ items: [], complete: true });
  });

  it('treats a 404 on a collection as empty', async () => {
    northpass().get('/v2/courses/c1/enrollments').query({ limit: 100 }).reply(404, '');
    const result = await run((z: ZObject) =>
      fetchPage(z, { path: '/v2/courses/c1/enrollments', params: { limit: 100 } }, courseSchema),
    );
    expect(result).toEqual({ items: [], skipped: 0, included: [], hasNext: false, status: 404 });
  });

  it.each([
    ['JSON:API errors', { errors: [{ status: '404', title: 'Not Found' }] }],
    ['an empty errors list', { errors: [] }],
  ])("treats a 404 with Northpass's own body (%s) as empty", async (_what, body) => {
    northpass().get('/v2/courses').query({ limit: 100 }).reply(404, body);
    const result = await run((z: ZObject) =>
      fetchPage(z, { path: '/v2/courses', params: { limit: 100 } }, courseSchema),
    );
    expect(result).toMatchObject({ items: [], status: 404 });
  });

  it.each([
    ['a web page', '<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>'],
    ['plain text', 'Not Found'],
    ['a JSON list', '[]'],
  ])('refuses a 404 that is %s: it says nothing about the records', async (_what, body) => {
    northpass().get('/v2/courses').query({ limit: 100 }).reply(404, body);
    expect(
      await raised(
        run((z: ZObject) =>
          fetchPage(z, { path: '/v2/courses', params: { limit: 100 } }, courseSchema),
        ),
      ),
    ).toEqual({
      name: 'AppError',
      code: 'unexpected_page',
      status: 502,
      message:
        'Northpass answered with a page it does not normally send (HTTP 404, not its usual reply), so this step cannot tell whether the record exists. Try again in a few minutes; if it keeps happening, contact Northpass support.',
    });
  });

  it('refuses a 404 web page for a single record too, where a JSON 404 is "none"', async () => {
    const find = (z: ZObject) => findDocument(z, '/v2/courses/c1', courseSchema);
    northpass().get('/v2/courses/c1').reply(404, { errors: [] });
    expect(await run(find)).toBeNull();
    northpass().get('/v2/courses/c1').reply(404, '<html><body>Not Found</body></html>');
    expect(await raised(run(find))).toMatchObject({ code: 'unexpected_page' });
  });

  it('skips and counts records it cannot read, including ids that are not safe in a path', async () => {
    northpass()
      .get('/v2/courses')
      .query({ limit: 100 })
      .reply(200, {
        data: [
          course('a'),
          { id: 'b', type: 'courses', attributes: {} },
          course('..'),
          course('x/y'),
        ],
      });
    const result = await run((z: ZObject) =>
      fetchPage(z, { path: '/v2/courses', params: { limit: 100 } }, courseSchema),
    );
    expect(result).toMatchObject({ items: [{ id: 'a' }], skipped: 3 });
  });
});

describe('a 400 that names no parameter', () => {
  it('is sent once more without the optional parameters, which are learned when that works', async () => {
    const sorted = (z: ZObject) =>
      fetchPage(
        z,
        { path: '/v2/courses', params: { limit: 100, sort: 'name' }, optional: ['sort'] },
        courseSchema,
      );
    northpass()
      .get('/v2/courses')
      .query({ limit: 100, sort: 'name' })
      .reply(400, { errors: [{ title: 'Bad Request' }] })
      .get('/v2/courses')
      .query({ limit: 100 })
      .twice()
      .reply(200, { data: [course('a')] });
    expect((await run(sorted)).items).toHaveLength(1);
    expect((await run(sorted)).items).toHaveLength(1);
    expect(sentRequests).toEqual([
      'GET /v2/courses?limit=100&sort=name',
      'GET /v2/courses?limit=100',
      'GET /v2/courses?limit=100',
    ]);
  });
});
