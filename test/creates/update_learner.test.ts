import { describe, expect, it } from '@jest/globals';

import { perform } from '../../src/creates/update_learner.js';
import { fixture, northpass, raised, run, sentRequests, withAttributes } from '../helpers.js';

const ada = fixture('people/person.ada');
const PERSON_ID = ada.data.id;
const patchBody = (attributes: Record<string, string>) => ({
  data: { type: 'people', id: PERSON_ID, attributes },
});

describe('update_learner', () => {
  it('sends only the fields that change', async () => {
    const updated = withAttributes(ada, {
      last_name: 'King',
      full_name: 'Ada King',
      email: 'ada.king@example.com',
    });
    northpass()
      .get(`/v2/people/${PERSON_ID}`)
      .reply(200, ada)
      .patch(
        `/v2/people/${PERSON_ID}`,
        patchBody({ email: 'ada.king@example.com', last_name: 'King' }),
      )
      .reply(200, { data: updated });

    const result = await run(perform, {
      learner: PERSON_ID,
      email: 'Ada.King@example.com',
      first_name: 'Ada',
      last_name: 'King',
    });

    expect(result).toMatchObject({
      email: 'ada.king@example.com',
      last_name: 'King',
      full_name: 'Ada King',
    });
    expect(sentRequests).toEqual([`GET /v2/people/${PERSON_ID}`, `PATCH /v2/people/${PERSON_ID}`]);
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
      .patch(`/v2/people/${PERSON_ID}`, patchBody({ email: 'grace@example.com' }))
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
