import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/creates/update_learner.js';
import {
  fixture,
  knowing,
  northpass,
  raised,
  run,
  sentRequests,
  withAttributes,
} from '../helpers.js';

const ada = fixture('people/person.ada');
const PERSON_ID = ada.data.id;
const updateBody = (attributes: Record<string, string>) => ({
  data: { type: 'people', id: PERSON_ID, attributes },
});
const kingBody = updateBody({ email: 'ada.king@example.com', last_name: 'King' });
const king = {
  data: withAttributes(ada, {
    last_name: 'King',
    full_name: 'Ada King',
    email: 'ada.king@example.com',
  }),
};
const toKing = {
  learner: PERSON_ID,
  email: 'Ada.King@example.com',
  first_name: 'Ada',
  last_name: 'King',
};

describe('update_learner', () => {
  it('sends only the fields that change, with PUT', async () => {
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, ada)
      .put(`/v2/people/${PERSON_ID}`, kingBody)
      .reply(200, king);

    const result = await run(perform, toKing);

    expect(result).toMatchObject({
      email: 'ada.king@example.com',
      last_name: 'King',
      full_name: 'Ada King',
      outcome: 'updated',
      preview: false,
    });
    expect(sentRequests).toEqual([`GET /v2/people/${PERSON_ID}`, `PUT /v2/people/${PERSON_ID}`]);
  });

  it.each([404, 405])(
    'falls back to PATCH once when Northpass has no PUT route (%i for a learner just read)',
    async (status) => {
      northpass()
        .get(`/v2/people/${PERSON_ID}`)
        .reply(200, ada)
        .put(`/v2/people/${PERSON_ID}`, kingBody)
        .reply(status, { errors: [] })
        .patch(`/v2/people/${PERSON_ID}`, kingBody)
        .reply(200, king);
      expect(await run(perform, toKing)).toMatchObject({ last_name: 'King' });
      expect(sentRequests).toEqual([
        `GET /v2/people/${PERSON_ID}`,
        `PUT /v2/people/${PERSON_ID}`,
        `PATCH /v2/people/${PERSON_ID}`,
      ]);
    },
  );

  it('starts with the verb it learned worked', async () => {
    knowing({ personUpdateVerb: 'PATCH' });
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, ada)
      .patch(`/v2/people/${PERSON_ID}`, kingBody)
      .reply(200, king);
    expect(await run(perform, toKing)).toMatchObject({ last_name: 'King' });
  });

  it('says a learner deleted meanwhile is gone, after both verbs and a read', async () => {
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, ada)
      .put(`/v2/people/${PERSON_ID}`, kingBody)
      .reply(404, { errors: [] })
      .patch(`/v2/people/${PERSON_ID}`, kingBody)
      .reply(404, { errors: [] })
      .get(`/v2/people/${PERSON_ID}`)
      .reply(404, { errors: [] });
    expect(await raised(run(perform, toKing))).toEqual({
      name: 'AppError',
      code: 'not_found',
      status: 404,
      message:
        'Northpass could not find the learner Ada Lovelace (ada@example.com); they may have just been deleted.',
    });
  });

  it('never says "could not find" when Northpass refuses both verbs for a learner that exists', async () => {
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, ada)
      .put(`/v2/people/${PERSON_ID}`, kingBody)
      .reply(405, '')
      .patch(`/v2/people/${PERSON_ID}`, kingBody)
      .reply(404, { errors: [] })
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, ada);
    expect(await raised(run(perform, toKing))).toEqual({
      name: 'AppError',
      code: 'update_refused',
      status: 405,
      message:
        'Northpass refused to update Ada Lovelace (ada@example.com) through its API (it took neither PUT nor PATCH). Change them in Northpass admin, or ask Northpass support.',
    });
  });

  it('sends no write when nothing would change', async () => {
    northpass().get(`/v2/people/${PERSON_ID}`).reply(200, ada);
    const result = await run(perform, {
      learner: PERSON_ID,
      email: 'ADA@example.com',
      first_name: '',
      last_name: '',
    });
    expect(result).toMatchObject({
      email: 'ada@example.com',
      first_name: 'Ada',
      last_name: 'Lovelace',
    });
    expect(sentRequests).toHaveLength(1);
  });

  it("gives Northpass's reason when the new email belongs to another learner", async () => {
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, ada)
      .put(`/v2/people/${PERSON_ID}`, updateBody({ email: 'grace@example.com' }))
      .reply(422, {
        errors: [
          { detail: 'Email has already been taken', source: { pointer: '/data/attributes/email' } },
        ],
      });
    expect(await raised(run(perform, { learner: PERSON_ID, email: 'grace@example.com' }))).toEqual({
      name: 'AppError',
      code: 'rejected',
      status: 422,
      message:
        'Northpass rejected the data sent. Northpass said: Email has already been taken (field: email).',
    });
  });

  it('rejects a malformed new email before any request', async () => {
    expect(await raised(run(perform, { learner: PERSON_ID, email: 'grace@' }))).toMatchObject({
      code: 'invalid_input',
      message: 'New Email: "grace@" is not a valid email address.',
    });
  });
});

describe('update_learner with Preview Only', () => {
  it('reads the learner and shows them as the update would leave them, sending nothing', async () => {
    northpass().get(`/v2/people/${PERSON_ID}`).reply(200, ada);
    expect(await run(perform, { ...toKing, preview: 'true' })).toMatchObject({
      id: PERSON_ID,
      email: 'ada.king@example.com',
      first_name: 'Ada',
      last_name: 'King',
      full_name: 'Ada King',
      outcome: 'would_update',
      preview: true,
    });
    expect(sentRequests).toEqual([`GET /v2/people/${PERSON_ID}`]);
  });

  it('says unchanged when nothing would change', async () => {
    northpass().get(`/v2/people/${PERSON_ID}`).reply(200, ada);
    expect(
      await run(perform, { learner: PERSON_ID, first_name: 'Ada', preview: 'true' }),
    ).toMatchObject({ outcome: 'unchanged', preview: true });
  });
});
