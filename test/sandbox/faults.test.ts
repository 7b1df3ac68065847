import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { startForeignServer, type ForeignServer } from '../../sandbox/foreign.ts';
import { SANDBOX_API_KEY } from '../../sandbox/server.ts';
import { jsonApiError, useSandbox } from './sandbox-helpers.js';

const sandbox = useSandbox({ switches: { rateLimitPerSecond: 1000 } });
const { call, control, idOf } = sandbox;

const fault = (body: Record<string, unknown>) => control('faults', body);
const statuses = () => sandbox.current().store.log.map((entry) => entry.status);

let foreign: ForeignServer;
beforeAll(async () => {
  foreign = await startForeignServer();
});
afterAll(() => foreign.close());

describe('status faults', () => {
  it('answer the next request with a JSON:API 503 by default, then pass', async () => {
    expect(await fault({ kind: 'status' })).toEqual({ faults: [{ kind: 'status', count: 1 }] });
    expect(await call('/v2/courses')).toMatchObject({
      status: 503,
      body: jsonApiError(503, 'Service Unavailable'),
    });
    expect((await call('/v2/courses')).status).toBe(200);
  });

  it('carry a status, title, detail and pointer, for count requests', async () => {
    await fault({
      kind: 'status',
      status: 422,
      title: 'Invalid Attribute',
      detail: 'Uh oh, that name has already been added',
      pointer: '/data/attributes/name',
      count: 2,
    });
    const expected = {
      status: 422,
      body: jsonApiError(422, 'Invalid Attribute', 'Uh oh, that name has already been added', {
        pointer: '/data/attributes/name',
      }),
    };
    expect(await call('/v2/groups')).toMatchObject(expected);
    expect(await call('/v2/people')).toMatchObject(expected);
    expect((await call('/v2/groups')).status).toBe(200);
  });

  it('never fire with count 0, over HTTP or pushed into the store', async () => {
    expect(await fault({ kind: 'status', count: 0 })).toEqual({ faults: [] });
    sandbox.current().store.faults.push({ kind: 'status', status: 500, count: 0 });
    expect((await call('/v2/courses')).status).toBe(200);
    expect(sandbox.current().store.faults).toEqual([]);
  });

  it('come after the key check, and are not used up by a refused request', async () => {
    await fault({ kind: 'status' });
    expect((await call('/v2/courses', { key: null })).status).toBe(401);
    expect((await call('/v2/courses')).status).toBe(503);
  });
});

describe('targeted faults', () => {
  it('fire only on the method and path (with * for one segment) they name', async () => {
    const customers = idOf('groups', 'Existing Customers');
    const grace = idOf('people', 'grace@example.com');
    await fault({ kind: 'status', method: 'post', path: '/v2/groups/*/relationships/people' });
    const people = { data: [{ type: 'people', id: grace }] };
    expect((await call(`/v2/groups/${customers}/relationships/people`)).status).toBe(404);
    expect((await call('/v2/groups', { method: 'POST', body: {} })).status).toBe(422);
    expect(
      (await call(`/v2/groups/${customers}/relationships/people/x`, { method: 'POST' })).status,
    ).toBe(404);
    const relationship = `/v2/groups/${customers}/relationships/people`;
    expect((await call(relationship, { method: 'POST', body: people })).status).toBe(503);
    expect((await call(relationship, { method: 'POST', body: people })).status).toBe(204);
    expect(statuses()).toEqual([404, 422, 404, 503, 204]);
  });

  it('match a path without * as a prefix of whole segments, ignoring the query', async () => {
    const customers = idOf('groups', 'Existing Customers');
    await fault({ kind: 'status', status: 500, path: '/v2/groups', count: 3 });
    expect((await call('/v2/people')).status).toBe(200);
    expect((await call('/v2/groupsx')).status).toBe(404);
    expect((await call('/v2/groups?limit=1')).status).toBe(500);
    expect((await call(`/v2/groups/${customers}`)).status).toBe(500);
    expect((await call(`/v2/groups/${customers}/memberships`)).status).toBe(500);
    expect((await call('/v2/groups')).status).toBe(200);
  });

  it('take the first matching fault in the order they were added', async () => {
    await fault({ kind: 'status', status: 500, path: '/v2/people' });
    await fault({ kind: 'status', status: 502 });
    expect((await call('/v2/courses')).status).toBe(502);
    expect((await call('/v2/people')).status).toBe(500);
    expect((await call('/v2/people')).status).toBe(200);
  });
});

describe('other fault kinds', () => {
  it('slow: waits delayMs, then answers as usual', async () => {
    await fault({ kind: 'slow', delayMs: 300 });
    expect((await call('/v2/courses')).status).toBe(200);
    const [entry] = sandbox.current().store.log;
    expect((entry?.endedAt ?? 0) - (entry?.startedAt ?? 0)).toBeGreaterThanOrEqual(295);
  });

  it('html: a maintenance page, 200 unless told', async () => {
    await fault({ kind: 'html' });
    await fault({ kind: 'html', status: 503 });
    for (const status of [200, 503]) {
      const answer = await call('/v2/courses');
      expect(answer).toMatchObject({
        status,
        text: '<html><body><h1>Down for maintenance</h1></body></html>',
        body: undefined,
      });
      expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
    }
  });

  it('redirect: a Location header and no body, 302 unless told', async () => {
    await fault({ kind: 'redirect', location: `${foreign.url}/v2/courses` });
    await fault({ kind: 'redirect', status: 308, location: 'https://evil.example/v2/courses' });
    const first = await call('/v2/courses');
    expect(first).toMatchObject({ status: 302, text: '' });
    expect(first.headers.get('location')).toBe(`${foreign.url}/v2/courses`);
    const second = await call('/v2/courses');
    expect(second).toMatchObject({ status: 308, text: '' });
    expect(second.headers.get('location')).toBe('https://evil.example/v2/courses');
  });

  it('body: exactly the status, body and content type given', async () => {
    const page = {
      data: [{ id: 'broken', type: 'courses' }],
      links: { next: 'file:///etc/passwd' },
    };
    await fault({ kind: 'body', body: page });
    await fault({
      kind: 'body',
      status: 502,
      body: 'upstream <b>gone</b>',
      contentType: 'text/plain',
    });
    const json = await call('/v2/courses');
    expect(json).toMatchObject({ status: 200, body: page });
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const plain = await call('/v2/courses');
    expect(plain).toMatchObject({ status: 502, text: 'upstream <b>gone</b>' });
    expect(plain.headers.get('content-type')).toBe('text/plain');
  });
});

describe('fault bodies', () => {
  it.each([
    [{}, 'kind is required', '/kind'],
    [{ kind: 'boom' }, 'kind must be one of status, slow, html, redirect, body', '/kind'],
    [{ kind: 'status', count: -1 }, 'count must be >= 0', '/count'],
    [{ kind: 'status', count: 1.5 }, 'count must be an integer', '/count'],
    [{ kind: 'status', status: 200 }, 'status must be >= 400', '/status'],
    [{ kind: 'status', colour: 'red' }, 'colour is not allowed', '/colour'],
    [{ kind: 'redirect' }, 'location is required', '/location'],
    [
      { kind: 'redirect', status: 303, location: 'https://example.com/' },
      'status must be one of 301, 302, 307, 308',
      '/status',
    ],
    [{ kind: 'redirect', location: 'nowhere' }, 'location must match format "uri"', '/location'],
    [{ kind: 'body' }, 'body is required', '/body'],
    [{ kind: 'slow', delayMs: 'long' }, 'delayMs must be an integer', '/delayMs'],
    [{ kind: 'status', path: 'v2/groups' }, 'path must match pattern "^/"', '/path'],
  ])('refuse %j with a 400', async (body, detail, pointer) => {
    expect(await call('/_sandbox/faults', { method: 'POST', body, key: null })).toMatchObject({
      status: 400,
      body: jsonApiError(400, 'Bad Request', detail, { pointer }),
    });
    expect(sandbox.current().store.faults).toEqual([]);
  });

  it('refuse a body that is not an object', async () => {
    expect(
      await call('/_sandbox/faults', { method: 'POST', body: '[1]', key: null }),
    ).toMatchObject({
      status: 400,
      body: jsonApiError(400, 'Bad Request', 'body must be an object', { pointer: '' }),
    });
  });

  it('are all dropped by DELETE /_sandbox/faults', async () => {
    await fault({ kind: 'status', count: 5 });
    expect(await call('/_sandbox/faults', { method: 'DELETE', key: null })).toMatchObject({
      status: 200,
      body: { faults: [] },
    });
    expect((await call('/v2/courses')).status).toBe(200);
  });
});

describe('the foreign server', () => {
  it('answers anything with 200 {"data":[]} and records method, url, headers and body', async () => {
    const response = await fetch(`${foreign.url}/v2/courses?page=2`, {
      method: 'POST',
      headers: { 'x-api-key': SANDBOX_API_KEY, 'content-type': 'application/json' },
      body: '{"a":1}',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.text()).toBe('{"data":[]}');
    expect(foreign.requests.at(-1)).toMatchObject({
      method: 'POST',
      url: '/v2/courses?page=2',
      headers: { 'x-api-key': SANDBOX_API_KEY, 'content-type': 'application/json' },
      body: '{"a":1}',
    });
  });

  it('is another origin on loopback', () => {
    expect(new URL(foreign.url).hostname).toBe('127.0.0.1');
    expect(new URL(foreign.url).origin).not.toBe(new URL(sandbox.url()).origin);
  });
});
