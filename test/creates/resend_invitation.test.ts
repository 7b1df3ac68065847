import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/creates/resend_invitation.js';
import {
  fixture,
  listOf,
  northpass,
  raised,
  run,
  sentRequests,
  withAttributes,
} from '../helpers.js';
import { justNow } from '../fixtures/outputs.js';

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

  it('never retries a failed resend, and says it may have gone out', async () => {
    northpass()
      .get(`/v2/people/${ada.data.id}`)
      .reply(200, ada)
      .post(`/v2/people/${ada.data.id}/invitations`)
      .reply(503);
    expect(await raised(run(perform, { learner: ada.data.id }))).toEqual({
      name: 'AppError',
      code: 'invitation_unconfirmed',
      status: 504,
      message:
        'Northpass did not confirm the resend for Ada Lovelace (ada@example.com), so the invitation may already have gone out. Check the learner in Northpass before sending another.',
    });
  });

  it('says a resend whose answer never came may have gone out', async () => {
    northpass()
      .get(`/v2/people/${ada.data.id}`)
      .reply(200, ada)
      .post(`/v2/people/${ada.data.id}/invitations`)
      .replyWithError('socket hang up');
    expect(await raised(run(perform, { learner: ada.data.id }))).toMatchObject({
      code: 'invitation_unconfirmed',
    });
    expect(sentRequests).toHaveLength(2);
  });

  it('sends one email when the step is replayed within ten minutes, and halts the replay', async () => {
    northpass()
      .get(`/v2/people/${ada.data.id}`)
      .twice()
      .reply(200, ada)
      .post(`/v2/people/${ada.data.id}/invitations`)
      .once()
      .reply(204);
    await run(perform, { learner: ada.data.id });
    expect(await raised(run(perform, { learner: ada.data.id }))).toEqual({
      name: 'HaltedError',
      message:
        'No invitation was sent: an invitation went to Ada Lovelace (ada@example.com) in the last 10 minutes (another run of this Zap). Another now would void the link they were just sent.',
    });
    expect(sentRequests.filter((line) => line.startsWith('POST'))).toHaveLength(1);
  });

  it('halts for a learner added minutes ago, whom Northpass has just invited', async () => {
    const fresh = { data: withAttributes(ada, { created_at: justNow() }) };
    northpass().get(`/v2/people/${ada.data.id}`).reply(200, fresh);
    expect(await raised(run(perform, { learner: ada.data.id }))).toEqual({
      name: 'HaltedError',
      message:
        'No invitation was sent: Ada Lovelace (ada@example.com) was added less than a minute ago, and Northpass invited them then. Another now would void the link they were just sent.',
    });
    expect(sentRequests).toHaveLength(1);
  });

  it('treats a record dated in the future as undated, and resends', async () => {
    // a clock Northpass got wrong must not hold every resend back until that date
    const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const skewed = { data: withAttributes(ada, { created_at: inAWeek }) };
    northpass()
      .get(`/v2/people/${ada.data.id}`)
      .reply(200, skewed)
      .post(`/v2/people/${ada.data.id}/invitations`)
      .reply(204);
    expect(await run(perform, { learner: ada.data.id })).toMatchObject({ id: ada.data.id });
    expect(sentRequests).toEqual([
      `GET /v2/people/${ada.data.id}`,
      `POST /v2/people/${ada.data.id}/invitations`,
    ]);
  });

  it('still holds back a record a minute ahead of this clock: it was just created', async () => {
    const ahead = new Date(Date.now() + 60_000).toISOString();
    northpass()
      .get(`/v2/people/${ada.data.id}`)
      .reply(200, { data: withAttributes(ada, { created_at: ahead }) });
    expect(await raised(run(perform, { learner: ada.data.id }))).toMatchObject({
      name: 'HaltedError',
    });
    expect(sentRequests).toHaveLength(1);
  });

  it('lets a later run try again after Northpass refused the resend', async () => {
    northpass()
      .get(`/v2/people/${ada.data.id}`)
      .twice()
      .reply(200, ada)
      .post(`/v2/people/${ada.data.id}/invitations`)
      .reply(422, { errors: [{ detail: 'Try later' }] })
      .post(`/v2/people/${ada.data.id}/invitations`)
      .reply(204);
    await raised(run(perform, { learner: ada.data.id }));
    expect(await run(perform, { learner: ada.data.id })).toMatchObject({ id: ada.data.id });
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

describe('resend_invitation answered with a page it cannot read', () => {
  it('says the invitation may have gone out, and a replay sends none', async () => {
    northpass()
      .get(`/v2/people/${ada.data.id}`)
      .twice()
      .reply(200, ada)
      .post(`/v2/people/${ada.data.id}/invitations`)
      .reply(200, '<html>ok</html>', { 'content-type': 'text/html' });
    expect(await raised(run(perform, { learner: ada.data.id }))).toMatchObject({
      code: 'invitation_unconfirmed',
    });
    expect(await raised(run(perform, { learner: ada.data.id }))).toMatchObject({
      name: 'HaltedError',
    });
  });
});

describe('resend_invitation where the school has no invitation route', () => {
  const noRoute = {
    errors: [
      {
        status: '404',
        title: 'Not Found',
        detail: `no route for POST /v2/people/${ada.data.id}/invitations`,
      },
    ],
  };

  it('reads the learner back and says to resend from Northpass admin', async () => {
    northpass()
      .get(`/v2/people/${ada.data.id}`)
      .reply(200, ada)
      .post(`/v2/people/${ada.data.id}/invitations`)
      .reply(404, noRoute)
      .get(`/v2/people/${ada.data.id}`)
      .reply(200, ada);
    expect(await raised(run(perform, { learner: ada.data.id }))).toEqual({
      name: 'AppError',
      code: 'not_available',
      status: 405,
      message:
        "Northpass's API for this school does not accept resending invitations. Resend it from Northpass admin (People > Ada Lovelace (ada@example.com) > Resend invitation).",
    });
    expect(sentRequests).toEqual([
      `GET /v2/people/${ada.data.id}`,
      `POST /v2/people/${ada.data.id}/invitations`,
      `GET /v2/people/${ada.data.id}`,
    ]);
  });

  it('is the ordinary not-found error when the learner has gone', async () => {
    northpass()
      .get(`/v2/people/${ada.data.id}`)
      .reply(200, ada)
      .post(`/v2/people/${ada.data.id}/invitations`)
      .reply(404, { errors: [{ status: '404', title: 'Not Found' }] })
      .get(`/v2/people/${ada.data.id}`)
      .reply(404, { errors: [{ status: '404', title: 'Not Found' }] });
    expect(await raised(run(perform, { learner: ada.data.id }))).toEqual({
      name: 'AppError',
      code: 'not_found',
      status: 404,
      message: 'Northpass could not find the learner Ada Lovelace (ada@example.com).',
    });
  });
});
