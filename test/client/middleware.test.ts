import { describe, expect, it } from '@jest/globals';
import nock from 'nock';
import type { ZObject } from 'zapier-platform-core';

import { northpassRequest } from '../../src/client/request.js';
import { course, getCourse, postGroup } from './calls.js';
import { northpass, raised, run, sentRequests, TEST_API_KEY } from '../helpers.js';

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

describe('the API key stays with Northpass', () => {
  it.each([301, 302, 307, 308])(
    'follows no redirect (%i): the key and body never reach the host it names',
    async (status) => {
      northpass()
        .post('/v2/groups', { data: { type: 'groups' } })
        .reply(status, '', { location: 'https://elsewhere.example/v2/groups' });
      // no mock for elsewhere.example: a request there would fail the test
      expect(await raised(run(postGroup))).toEqual({
        name: 'AppError',
        code: 'redirected',
        status: 502,
        message: `Northpass answered with a redirect (HTTP ${status}) instead of data. The integration does not follow redirects, so your API key stays with Northpass. Try again later; if it keeps happening, contact Northpass support.`,
      });
      expect(sentRequests).toEqual(['POST /v2/groups']);
    },
  );

  it.each([
    'https://elsewhere.example/v2/courses',
    'http://api.northpass.com/v2/courses',
    'https://api.northpass.com.evil.example/v2/courses',
    'file:///etc/passwd',
    'ftp://api.northpass.com/v2/courses',
    '//elsewhere.example/v2/courses',
    'not a url',
  ])('refuses to send anything to %s', async (url) => {
    const send = (z: ZObject) => z.request({ url });
    expect(await raised(run(send))).toEqual({
      name: 'AppError',
      code: 'off_origin',
      status: 502,
      message:
        'The integration refused to send a request outside Northpass, so your API key stays with Northpass. Northpass may have sent an unexpected link; try again later.',
    });
  });

  it('sends an absolute URL on the Northpass origin with the key', async () => {
    northpass()
      .get('/v2/courses/c1')
      .reply(200, { data: course('c1') });
    const send = (z: ZObject) => z.request({ url: 'https://api.northpass.com/v2/courses/c1' });
    expect((await run(send)).status).toBe(200);
  });
});

describe('API keys as people paste them', () => {
  const read = (z: ZObject) => northpassRequest(z, { path: '/v2/courses/c1' });

  it('drops invisible characters pasted with the key', async () => {
    northpass()
      .get('/v2/courses/c1')
      .reply(200, { data: course('c1') });
    const response = await run(read, {}, {}, `\u200B${TEST_API_KEY}\uFEFF `);
    expect(response.status).toBe(200);
  });

  it.each([
    [`${TEST_API_KEY}é`, 'a letter with an accent'],
    [`${TEST_API_KEY}🔑`, 'emoji'],
    [`${TEST_API_KEY}\u0007`, 'a control character'],
  ])('refuses a key with %s before any request, never echoing it', async (apiKey, _what) => {
    const error = await raised(run(read, {}, {}, apiKey));
    expect(error).toEqual({
      name: 'AppError',
      code: 'invalid_input',
      status: 400,
      message:
        'API Key: the key contains characters a Northpass API key never has (letters with accents, symbols or emoji). Copy it again from Northpass admin: Apps > API Access.',
    });
    expect(error.message).not.toContain(TEST_API_KEY);
  });
});
