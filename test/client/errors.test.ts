import { describe, expect, it, jest } from '@jest/globals';

import type { HttpResponse } from 'zapier-platform-core';

import { retryAfterSeconds } from '../../src/client/errors.js';
import { getCourse, postGroup } from './calls.js';
import { northpass, raised, run, TEST_API_KEY } from '../helpers.js';

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

  it('keeps a 429 as a throttled error with the Retry-After delay', async () => {
    // the client waits out the first 429 itself; the second becomes Zapier's throttled state
    northpass().get('/v2/courses/c1').twice().reply(429, 'slow down', { 'retry-after': '1' });
    expect(await raised(run(getCourse))).toEqual({
      name: 'ThrottledError',
      message:
        "Northpass's rate limit (10 requests a second per school) was reached. Zapier will retry this step shortly.",
      delay: 1,
    });
  });

  it('asks Zapier to retry a throttled step after 5 s when Northpass names no delay', async () => {
    northpass().get('/v2/courses/c1').twice().reply(429);
    expect(await raised(run(getCourse))).toMatchObject({ name: 'ThrottledError', delay: 5 });
  });

  it('hands a Retry-After of up to 15 minutes to Zapier as the delay', async () => {
    // longer than a step may wait, so the first 429 goes straight back to Zapier
    northpass().get('/v2/courses/c1').reply(429, '', { 'retry-after': '900' });
    expect(await raised(run(getCourse))).toMatchObject({ name: 'ThrottledError', delay: 900 });
  });

  it.each([
    ['99999999', undefined],
    ['901', undefined],
    ['0', undefined],
    ['-5', undefined],
    ['2.5', undefined],
    ['soon', undefined],
    ['Wed, 21 Oct 2026 07:28:00 GMT', undefined],
    ['', undefined],
    [' 30 ', 30],
    ['900', 900],
  ])('reads Retry-After %j as %j seconds (else the 5 s default)', (header, seconds) => {
    const response = { getHeader: () => header } as unknown as HttpResponse;
    expect(retryAfterSeconds(response)).toBe(seconds);
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

  it("never logs the API key, even with core's detailed request logs on", async () => {
    process.env.LOG_TO_STDOUT = '1';
    process.env.DETAILED_LOG_TO_STDOUT = '1';
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
    try {
      await raised(run(getCourse));
    } finally {
      delete process.env.LOG_TO_STDOUT;
      delete process.env.DETAILED_LOG_TO_STDOUT;
    }
    // the logs were on: the request went into them, without its key
    expect(lines.join('\n')).toContain('/v2/courses/c1');
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

describe('message length', () => {
  it('keeps every message within the 250 characters Zapier shows', async () => {
    northpass()
      .get('/v2/courses/c1')
      .reply(403, { errors: [{ detail: 'x'.repeat(400) }] });
    const error = await raised(run(getCourse));
    expect(error.message.length).toBeLessThanOrEqual(250);
    expect(error.message).toMatch(/^Northpass did not allow this: .*\.\.\.$/);
  });
});
