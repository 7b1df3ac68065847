import { describe, expect, it } from '@jest/globals';

import { jsonApiError, useSandbox } from './sandbox-helpers.js';

const sandbox = useSandbox({ switches: { rateLimitPerSecond: 1000 } });
const { call, list, idOf, control } = sandbox;

describe('learning paths', () => {
  it('are listed with their courses', async () => {
    const page = await list('/v2/learning-paths');
    expect(page.names).toEqual(['Partner Certification Path', 'Technical Partner Path']);
    const id = idOf('learningPaths', 'Partner Certification Path');
    expect(page.data[0]).toEqual({
      id,
      type: 'learning_paths',
      attributes: {
        name: 'Partner Certification Path',
        status: 'published',
        permalink: 'partner-certification-path',
        short_description: 'Product Fundamentals, then Partner Sales Certification.',
        enrollments_count: 1,
        created_at: '2026-02-10T10:00:00Z',
        updated_at: '2026-02-10T10:00:00Z',
      },
      relationships: {
        courses: {
          data: [
            { type: 'courses', id: idOf('courses', 'Product Fundamentals') },
            { type: 'courses', id: idOf('courses', 'Partner Sales Certification') },
          ],
          links: { related: `${sandbox.url()}/v2/learning-paths/${id}/courses` },
        },
      },
      links: { self: `${sandbox.url()}/v2/learning-paths/${id}` },
    });
  });

  it('answer 404 {"errors":[]} when there are none, and 404 for an unknown id', async () => {
    expect(await call('/v2/learning-paths?filter[name][eq]=Nothing')).toMatchObject({
      status: 404,
      body: { errors: [] },
    });
    sandbox.current().store.learningPaths.clear();
    expect(await call('/v2/learning-paths')).toMatchObject({ status: 404, body: { errors: [] } });
    expect(await call('/v2/learning-paths/nothing')).toMatchObject({
      status: 404,
      body: jsonApiError(404, 'Not Found', 'Learning path not found'),
    });
  });

  it('are read one at a time', async () => {
    const id = idOf('learningPaths', 'Technical Partner Path');
    expect(await call(`/v2/learning-paths/${id}`)).toMatchObject({
      status: 200,
      body: { data: { id, type: 'learning_paths', attributes: { enrollments_count: 0 } } },
    });
  });

  it('take enrollments and progress from the controls', async () => {
    sandbox.current().store.createPerson({ email: 'ada@example.com' });
    const enrolled = (await control('path-enrollments', {
      email: 'ada@example.com',
      path: 'Technical Partner Path',
    })) as { data: { id: string } };
    expect(enrolled).toMatchObject({
      data: {
        type: 'learning_path_enrollments',
        attributes: {
          person_id: idOf('people', 'ada@example.com'),
          learning_path_id: idOf('learningPaths', 'Technical Partner Path'),
          progress: 0,
          last_active_on: null,
        },
      },
    });
    expect(
      await control('path-progress', {
        email: 'ada@example.com',
        path: idOf('learningPaths', 'Technical Partner Path'),
        progress: 60,
      }),
    ).toMatchObject({ data: { id: enrolled.data.id, attributes: { progress: 60 } } });
  });

  it('refuse controls for unknown people or paths (404) and bad progress (400)', async () => {
    const post = (path: string, body: unknown) =>
      call(`/_sandbox/${path}`, { method: 'POST', body, key: null });
    expect(
      await post('path-enrollments', {
        email: 'nobody@example.com',
        path: 'Technical Partner Path',
      }),
    ).toMatchObject({ status: 404, body: jsonApiError(404, 'Not Found', 'Person not found') });
    expect(
      await post('path-enrollments', { email: 'grace@example.com', path: 'Nowhere Path' }),
    ).toMatchObject({
      status: 404,
      body: jsonApiError(404, 'Not Found', 'Nowhere Path not found'),
    });
    expect(
      await post('path-progress', {
        email: 'grace@example.com',
        path: 'Technical Partner Path',
        progress: 101,
      }),
    ).toMatchObject({
      status: 400,
      body: jsonApiError(400, 'Bad Request', 'progress must be <= 100', { pointer: '/progress' }),
    });
  });
});

describe('transcripts', () => {
  it("list a learner's courses and paths with progress, oldest enrollment first", async () => {
    const grace = idOf('people', 'grace@example.com');
    const page = await list(`/v2/transcripts/${grace}`);
    expect(page.data).toEqual([
      {
        id: expect.any(String),
        type: 'transcript_items',
        attributes: {
          resource_id: idOf('courses', 'Product Fundamentals'),
          resource_type: 'course',
          name: 'Product Fundamentals',
          progress_status: 'completed',
          progress: 100,
          enrolled_at: '2026-06-01T12:31:00Z',
          started_at: '2026-06-03T10:00:00Z',
          completed_at: '2026-06-10T16:20:00Z',
          last_active_at: '2026-06-10T16:20:00Z',
          score: 92,
          expires_at: '2028-06-10T16:20:00Z',
        },
        links: {
          certificate: expect.stringMatching(
            /^https:\/\/acme-academy\.example\.com\/certificates\//,
          ),
        },
      },
      {
        id: expect.any(String),
        type: 'transcript_items',
        attributes: {
          resource_id: idOf('learningPaths', 'Partner Certification Path'),
          resource_type: 'learning_path',
          name: 'Partner Certification Path',
          progress_status: 'in_progress',
          progress: 50,
          enrolled_at: '2026-06-01T12:35:00Z',
          started_at: '2026-06-10T16:20:00Z',
          completed_at: null,
          last_active_at: '2026-06-10T16:20:00Z',
          score: null,
          expires_at: null,
        },
        links: { certificate: null },
      },
    ]);
    expect(page.links).toEqual({ self: `${sandbox.url()}/v2/transcripts/${grace}` });
  });

  it('follow group access and progress: enrolled, in progress, completed', async () => {
    const { store } = sandbox.current();
    const ada = store.createPerson({ email: 'ada@example.com' }).person.id;
    store.addMembers(idOf('groups', 'Existing Customers'), [ada]);
    const item = async () => (await list(`/v2/transcripts/${ada}`)).data[0]?.attributes;
    expect(await item()).toMatchObject({
      progress_status: 'enrolled',
      progress: 0,
      started_at: null,
      completed_at: null,
      score: null,
    });
    await control('progress', {
      email: 'ada@example.com',
      course: 'Product Fundamentals',
      progress: 40,
    });
    expect(await item()).toMatchObject({
      progress_status: 'in_progress',
      progress: 40,
      started_at: expect.any(String),
      completed_at: null,
    });
    await control('progress', {
      email: 'ada@example.com',
      course: 'Product Fundamentals',
      progress: 100,
      score: 75,
    });
    expect(await item()).toMatchObject({
      progress_status: 'completed',
      completed_at: expect.any(String),
      score: 75,
    });
  });

  it("carry a completed course's certificate expiry as set, or leave it out with transcriptExpiry absent", async () => {
    const { store } = sandbox.current();
    const ada = store.createPerson({ email: 'ada@example.com' }).person.id;
    store.addMembers(idOf('groups', 'Existing Customers'), [ada]);
    const item = async () => (await list(`/v2/transcripts/${ada}`)).data[0]?.attributes;
    const course = { email: 'ada@example.com', course: 'Product Fundamentals' };
    await control('progress', { ...course, progress: 50, expires_at: '2027-01-01T00:00:00Z' });
    expect(await item()).toMatchObject({ progress_status: 'in_progress', expires_at: null });
    await control('progress', { ...course, expires_at: '2027-01-01T00:00:00Z' });
    expect(await item()).toMatchObject({
      progress_status: 'completed',
      expires_at: '2027-01-01T00:00:00Z',
    });
    await control('progress', { ...course, progress: 100 });
    expect(await item()).toMatchObject({ expires_at: '2027-01-01T00:00:00Z' });
    sandbox.switches({ transcriptExpiry: 'absent' });
    expect(await item()).not.toHaveProperty('expires_at');
  });

  it('answer 404 {"errors":[]} for a learner with no activity, 404 for an unknown one', async () => {
    const ada = sandbox.current().store.createPerson({ email: 'ada@example.com' }).person.id;
    expect(await call(`/v2/transcripts/${ada}`)).toMatchObject({
      status: 404,
      body: { errors: [] },
    });
    expect(await call('/v2/transcripts/nobody')).toMatchObject({
      status: 404,
      body: jsonApiError(404, 'Not Found', 'Person not found'),
    });
  });

  it('ignore filters and page like every list', async () => {
    const grace = idOf('people', 'grace@example.com');
    const base = `${sandbox.url()}/v2/transcripts/${grace}`;
    const filtered = await list(`/v2/transcripts/${grace}?filter[name][eq]=Nothing&limit=1`);
    expect(filtered.names).toEqual(['Product Fundamentals']);
    expect(filtered.links).toEqual({
      self: `${base}?filter%5Bname%5D%5Beq%5D=Nothing&limit=1`,
      next: `${base}?filter%5Bname%5D%5Beq%5D=Nothing&limit=1&page=2`,
    });
  });
});
