import { describe, expect, it } from '@jest/globals';

import { startSandbox } from '../../sandbox/server.ts';
import { defaultSwitches } from '../../sandbox/store.ts';
import { parseLatency } from '../../sandbox/store/switches.ts';
import { jsonApiError, useSandbox, type Item } from './sandbox-helpers.js';

const STARTING = { ...defaultSwitches, rateLimitPerSecond: 1000 };
const sandbox = useSandbox({ switches: { rateLimitPerSecond: 1000 } });
const { call, control, list } = sandbox;

const SEEDED = {
  courses: 4,
  groups: 1,
  learners: 1,
  memberships: 1,
  course_assignments: 1,
  invitations_sent: 1,
};

describe('state and reset', () => {
  it('GET /_sandbox/state shows counts, switches and pending faults', async () => {
    expect(await call('/_sandbox/state', { key: null })).toMatchObject({
      status: 200,
      body: { counts: SEEDED, switches: STARTING, faults: [] },
    });
  });

  it('POST /_sandbox/reset brings back the seeded school, starting switches, no faults, no log', async () => {
    await control('switches', { listSort: false, rateLimitPerSecond: 5 });
    await control('faults', { kind: 'status', count: 3 });
    sandbox.current().store.createGroup('Globex');
    await call('/v2/courses');
    expect(await control('reset')).toEqual({ counts: SEEDED, switches: STARTING, faults: [] });
    expect(sandbox.current().store.log).toEqual([]);
    expect((await list('/v2/groups')).names).toEqual(['Existing Customers']);
  });

  it('startSandbox({switches}) sets the starting switches that reset comes back to', async () => {
    const other = await startSandbox({ switches: { listSort: false } });
    try {
      Object.assign(other.store.switches, { listSort: true, latencyMs: 5 });
      other.store.reset();
      expect(other.store.switches).toEqual({ ...defaultSwitches, listSort: false });
    } finally {
      await other.close();
    }
  });
});

describe('switches', () => {
  it('POST /_sandbox/switches sets any of them and answers with all of them', async () => {
    expect(
      await control('switches', {
        personUpdateVerbs: 'both',
        pageSizeOverride: 150,
        latencyMs: { min: 0, max: 5 },
      }),
    ).toEqual({
      ...STARTING,
      personUpdateVerbs: 'both',
      pageSizeOverride: 150,
      latencyMs: { min: 0, max: 5 },
    });
    expect(await control('switches', { pageSizeOverride: null })).toMatchObject({
      pageSizeOverride: null,
    });
  });

  it.each([
    [{ honourInclude: true }, 'honourInclude is not allowed', '/honourInclude'],
    [
      { enrollmentSort: 'sometimes' },
      'enrollmentSort must be one of honoured, ignored, reject-400',
      '/enrollmentSort',
    ],
    [{ existingStatus: 202 }, 'existingStatus must be one of 200, 201', '/existingStatus'],
    [{ listSort: 'no' }, 'listSort must be a boolean', '/listSort'],
    [{ latencyMs: -1 }, 'latencyMs must be >= 0', '/latencyMs'],
    [{ latencyMs: { min: 100 } }, 'max is required', '/latencyMs/max'],
    [{ pageSizeOverride: 0 }, 'pageSizeOverride must be >= 1', '/pageSizeOverride'],
  ])('refuse %j with a 400 and change nothing', async (body, detail, pointer) => {
    expect(await call('/_sandbox/switches', { method: 'POST', body, key: null })).toMatchObject({
      status: 400,
      body: jsonApiError(400, 'Bad Request', detail, { pointer }),
    });
    expect(sandbox.current().store.switches).toEqual(STARTING);
  });
});

describe('the request log', () => {
  it('records method, decoded path with query, raw query, status and times', async () => {
    await call('/v2/courses?filter%5Bname%5D%5Bcont%5D=Product%20Fundamentals&limit=2');
    await call('/v2/groups', { method: 'POST', body: {} });
    const log = sandbox.current().store.log;
    expect(log).toEqual([
      {
        method: 'GET',
        path: '/v2/courses?filter[name][cont]=Product Fundamentals&limit=2',
        query: 'filter%5Bname%5D%5Bcont%5D=Product%20Fundamentals&limit=2',
        status: 200,
        startedAt: expect.any(Number),
        endedAt: expect.any(Number),
      },
      expect.objectContaining({ method: 'POST', path: '/v2/groups', query: '', status: 422 }),
    ]);
    // the times in their order (one call after the other), not against this process's clock:
    // the sandbox reads a monotonic clock, which drifts from Date.now() over a long run
    const times = log.flatMap((entry) => [entry.startedAt, entry.endedAt]);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(await call('/_sandbox/log', { key: null })).toMatchObject({ status: 200, body: log });
  });

  it('leaves out the controls', async () => {
    await control('activate', { email: 'grace@example.com' });
    expect(sandbox.current().store.log).toEqual([]);
  });
});

describe('latency', () => {
  it('delays every /v2/ answer by a fixed time, from arrival', async () => {
    sandbox.switches({ latencyMs: 150 });
    const started = performance.now();
    expect((await call('/v2/courses')).status).toBe(200);
    expect((await call('/v2/courses', { key: null })).status).toBe(401);
    expect(performance.now() - started).toBeGreaterThanOrEqual(295);
    for (const entry of sandbox.current().store.log) {
      expect(entry.endedAt - entry.startedAt).toBeGreaterThanOrEqual(145);
    }
  });

  it('delays by a random time in a range', async () => {
    sandbox.switches({ latencyMs: { min: 50, max: 120 } });
    for (let index = 0; index < 5; index += 1) await call('/v2/courses');
    // a delay is never shorter than the range's minimum (an upper bound would time the machine)
    for (const entry of sandbox.current().store.log) {
      expect(entry.endedAt - entry.startedAt).toBeGreaterThanOrEqual(45);
    }
  });

  it('does not delay the controls', async () => {
    // an hour's delay: were the control delayed, this test could only time out
    sandbox.switches({ latencyMs: 3_600_000 });
    expect((await call('/_sandbox/state', { key: null })).status).toBe(200);
  });

  it('reads SANDBOX_LATENCY_MS as 300 or 100-500', () => {
    expect(parseLatency('300')).toBe(300);
    expect(parseLatency('100-500')).toEqual({ min: 100, max: 500 });
    expect(() => parseLatency('slow')).toThrow('latency must be "300" or "100-500", not "slow"');
    expect(() => parseLatency('500-100')).toThrow('latency range "500-100" ends before it starts');
  });
});

describe('raw records', () => {
  it('insert a person without an email and a group without a name, served in lists', async () => {
    const person = (await control('records', {
      type: 'people',
      attributes: { first_name: 'Nobody' },
    })) as { data: Item };
    expect(person.data).toMatchObject({
      type: 'people',
      attributes: { email: null, first_name: 'Nobody', full_name: 'Nobody', disabled: false },
    });
    const group = (await control('records', { type: 'groups' })) as { data: Item };
    expect(group.data).toMatchObject({ type: 'groups', attributes: { name: null } });
    expect((await list('/v2/people')).data.map((item) => item.attributes.email)).toEqual([
      'grace@example.com',
      null,
    ]);
    expect((await list('/v2/groups?sort=name')).names).toEqual(['Existing Customers', null]);
    expect(sandbox.current().store.counts()).toMatchObject({ learners: 2, groups: 2 });
  });

  it('take timestamps and keep a null email out of email lookups', async () => {
    await control('records', {
      type: 'people',
      attributes: { email: null, created_at: '2020-01-01T00:00:00Z' },
    });
    expect((await list('/v2/people?sort=created_at')).data[0]?.attributes).toMatchObject({
      email: null,
      created_at: '2020-01-01T00:00:00Z',
    });
    expect((await list('/v2/people?filter[email][eq]=grace@example.com')).data).toHaveLength(1);
  });

  it.each([
    [{ type: 'courses' }, 'type must be one of people, groups', '/type'],
    [{ type: 'people', attributes: { email: 5 } }, 'email must be a string', '/attributes/email'],
    [{ type: 'groups', attributes: { email: 'x' } }, 'email is not allowed', '/attributes/email'],
    [
      { type: 'groups', attributes: { created_at: 'yesterday' } },
      'created_at must be a datetime like 2026-06-01T12:30:00Z',
      '/attributes/created_at',
    ],
  ])('refuse %j with a 400', async (body, detail, pointer) => {
    expect(await call('/_sandbox/records', { method: 'POST', body, key: null })).toMatchObject({
      status: 400,
      body: jsonApiError(400, 'Bad Request', detail, { pointer }),
    });
  });
});

describe('activation and course progress', () => {
  it('activate a pending person and set progress, with 404 for unknown ones', async () => {
    sandbox.current().store.createPerson({ email: 'ada@example.com' });
    expect(await control('activate', { email: 'ada@example.com' })).toMatchObject({
      data: { attributes: { registration_status: 'activated', invite_token: null } },
    });
    expect(
      await call('/_sandbox/progress', {
        method: 'POST',
        key: null,
        body: { email: 'ada@example.com', course: 'Nothing' },
      }),
    ).toMatchObject({ status: 404, body: jsonApiError(404, 'Not Found', 'Nothing not found') });
    expect(
      await call('/_sandbox/activate', {
        method: 'POST',
        key: null,
        body: { email: 'nobody@example.com' },
      }),
    ).toMatchObject({ status: 404, body: jsonApiError(404, 'Not Found', 'Person not found') });
  });
});
