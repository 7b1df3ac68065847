import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/creates/resend_invitation.js';
import { fixture, listOf, northpass, raised, run, sentRequests } from '../helpers.js';

const ada = fixture('people/person.ada');
const grace = fixture('people/person.grace');

describe('resend_invitation', () => {
  it('resends to a pending learner by ID in two requests', async () => {
    northpass()
      .get(`/v2/people/${ada.data.id}`)
      .reply(200, ada)
      .post(`/v2/people/${ada.data.id}/invitations`)
      .reply(204);

    const before = Date.now();
    const result = await run(perform, { learner: ada.data.id });

    expect(result).toMatchObject({
      id: ada.data.id,
      email: 'ada@example.com',
      registration_status: 'not_activated',
    });
    expect(result.invitation_sent_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(Date.parse(result.invitation_sent_at)).toBeGreaterThanOrEqual(
      Math.floor(before / 1000) * 1000,
    );
    expect(sentRequests).toEqual([
      `GET /v2/people/${ada.data.id}`,
      `POST /v2/people/${ada.data.id}/invitations`,
    ]);
  });

  it('resends by email', async () => {
    northpass()
      .get('/v2/people')
      .query({ 'filter[email][eq]': 'ada@example.com', limit: 10 })
      .reply(200, listOf(ada.data))
      .post(`/v2/people/${ada.data.id}/invitations`)
      .reply(201, {});
    expect(await run(perform, { learner: 'ada@example.com' })).toMatchObject({ id: ada.data.id });
  });

  it('halts softly for a learner who already joined, sending nothing', async () => {
    northpass().get(`/v2/people/${grace.data.id}`).reply(200, grace);
    expect(await raised(run(perform, { learner: grace.data.id }))).toEqual({
      name: 'HaltedError',
      message:
        'Grace Hopper (grace@example.com) already joined Northpass on 2026-06-01, so there is no invitation to resend.',
    });
    expect(sentRequests).toHaveLength(1);
  });

  it('never retries a failed resend, which would email twice', async () => {
    northpass()
      .get(`/v2/people/${ada.data.id}`)
      .reply(200, ada)
      .post(`/v2/people/${ada.data.id}/invitations`)
      .reply(503);
    expect(await raised(run(perform, { learner: ada.data.id }))).toMatchObject({
      code: 'northpass_unavailable',
      message: 'Northpass is unavailable right now (HTTP 503). Try again in a few minutes.',
    });
  });

  it("passes on Northpass's reason when it refuses the resend", async () => {
    northpass()
      .get(`/v2/people/${ada.data.id}`)
      .reply(200, ada)
      .post(`/v2/people/${ada.data.id}/invitations`)
      .reply(422, { errors: [{ detail: 'Person has already been activated' }] });
    expect(await raised(run(perform, { learner: ada.data.id }))).toMatchObject({
      code: 'rejected',
      message:
        'Northpass rejected the data sent. Northpass said: Person has already been activated.',
    });
  });

  it('rejects a malformed learner before any request', async () => {
    expect(await raised(run(perform, { learner: 'not-an-email' }))).toMatchObject({
      code: 'invalid_input',
      message: 'Learner: enter an email address or a learner ID; "not-an-email" is neither.',
    });
  });
});
