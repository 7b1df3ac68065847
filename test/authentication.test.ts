import { describe, expect, it } from '@jest/globals';
import nock from 'nock';

import { connectionLabel, FALLBACK_LABEL, testAuth } from '../src/authentication.js';
import { appTester, northpass, raised, run, sentRequests, TEST_API_KEY } from './helpers.js';

const school = {
  data: {
    id: '6f0c9f8e-2a1b-4c3d-9e8f-0a1b2c3d4e5f',
    type: 'schools',
    attributes: { properties: { name: 'Acme Academy', time_zone: 'UTC' } },
  },
};

describe('connection test', () => {
  it('reads the school name for the connection label', async () => {
    northpass().get('/v2/properties/school').reply(200, school);

    const result = await run(testAuth);

    expect(result).toEqual({
      school_id: '6f0c9f8e-2a1b-4c3d-9e8f-0a1b2c3d4e5f',
      school_name: 'Acme Academy',
      api_url: 'https://api.northpass.com',
      label: 'Acme Academy',
    });
    expect(sentRequests).toEqual(['GET /v2/properties/school']);
    await expect(appTester(connectionLabel, { inputData: result })).resolves.toBe('Acme Academy');
  });

  it('connects a school whose plan hides its properties, with a fallback label', async () => {
    northpass()
      .get('/v2/properties/school')
      .reply(403, { errors: [{ status: '403', title: 'Forbidden' }] })
      .get('/v2/courses')
      .query({ limit: 1 })
      .reply(200, { data: [], links: {} });

    const result = await run(testAuth);

    expect(result).toEqual({
      school_id: null,
      school_name: null,
      api_url: 'https://api.northpass.com',
      label: FALLBACK_LABEL,
    });
    expect(sentRequests).toEqual(['GET /v2/properties/school', 'GET /v2/courses?limit=1']);
    await expect(appTester(connectionLabel, { inputData: result })).resolves.toBe(
      'Northpass school',
    );
  });

  it.each([401, 402])('reports a %i as an invalid or unauthorized key', async (status) => {
    northpass()
      .get('/v2/properties/school')
      .reply(status, {
        errors: [{ status: String(status), title: 'Unauthorized', detail: 'nope', source: {} }],
      });

    expect(await raised(run(testAuth))).toEqual({
      name: 'AppError',
      code: 'invalid_api_key',
      status: 401,
      message:
        'Northpass refused this API key: it is invalid, or the school does not have API access. Copy the key again from Northpass admin: Apps > API Access.',
    });
  });

  it('reports a key refused on both endpoints as invalid', async () => {
    northpass()
      .get('/v2/properties/school')
      .reply(403, '')
      .get('/v2/courses')
      .query({ limit: 1 })
      .reply(403, '<html>Forbidden</html>', { 'content-type': 'text/html' });

    expect(await raised(run(testAuth))).toMatchObject({ code: 'invalid_api_key' });
  });
});

describe('connection test against another URL (a sandbox)', () => {
  it('names the URL in the label and in a refusal, so a sandbox key is never mistaken', async () => {
    process.env.NORTHPASS_API_URL = 'http://127.0.0.1:4010';
    try {
      const sandbox = nock('http://127.0.0.1:4010').matchHeader('x-api-key', TEST_API_KEY);
      sandbox.get('/v2/properties/school').reply(200, school);
      expect(await run(testAuth)).toMatchObject({
        api_url: 'http://127.0.0.1:4010',
        label: 'Acme Academy (http://127.0.0.1:4010)',
      });
      sandbox.get('/v2/properties/school').reply(401, { errors: [] });
      expect(await raised(run(testAuth))).toMatchObject({
        message:
          'Northpass at http://127.0.0.1:4010 refused this API key: it is invalid, or the school does not have API access. Copy the key again from Northpass admin: Apps > API Access.',
      });
    } finally {
      delete process.env.NORTHPASS_API_URL;
    }
  });
});

describe('connection test with a malformed key', () => {
  it.each([
    ['', 'API Key: enter the API key from Northpass admin: Apps > API Access.'],
    ['   ', 'API Key: enter the API key from Northpass admin: Apps > API Access.'],
    ['abc def', 'API Key: a Northpass API key has no spaces; copy it again without extra text.'],
    ['x'.repeat(300), 'API Key: this is too long to be a Northpass API key.'],
    [
      `${TEST_API_KEY}\u00e9`,
      'API Key: the key contains characters a Northpass API key never has (letters with accents, symbols or emoji). Copy it again from Northpass admin: Apps > API Access.',
    ],
  ])('rejects %j before any request, never echoing it', async (apiKey, message) => {
    const error = await raised(appTester(testAuth, { authData: { apiKey } }));
    expect(error).toEqual({ name: 'AppError', code: 'invalid_input', status: 400, message });
  });

  it('drops a zero-width space pasted with the key, and never throws a raw TypeError', async () => {
    northpass().get('/v2/properties/school').reply(200, school);
    const result = await appTester(testAuth, {
      authData: { apiKey: `\u200b${TEST_API_KEY}\u200b` },
    });
    expect(result.label).toBe('Acme Academy');
  });

  it('accepts a key with surrounding whitespace and sends it trimmed', async () => {
    northpass().get('/v2/properties/school').reply(200, school);
    const result = await appTester(testAuth, { authData: { apiKey: `  ${TEST_API_KEY}\n` } });
    expect(result.label).toBe('Acme Academy');
  });
});
