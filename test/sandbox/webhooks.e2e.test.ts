/**
 * Read Northpass Webhook Event on bodies the sandbox sends as Northpass's Webhooks app would
 * (documented shape, signed with the school's secret), in every answer the `webhook-events`
 * question allows: flattened, within its budget, and refused when foreign.
 */
import { describe, expect, it } from '@jest/globals';

import { WEBHOOK_SECRET } from '../../sandbox/webhooks.ts';
import { perform } from '../../src/creates/read_webhook_event.js';
import { raised } from '../raised.js';
import { positionsFor } from './positions.js';
import { runOnSandbox, useSandbox } from './sandbox-helpers.js';

const sandbox = useSandbox();

interface Sent {
  type: string;
  body: string;
  signature: string;
  header: string;
}

/** The webhook the sandbox's school sends for an event, as Catch Raw Hook would catch it. */
const send = async (event: Record<string, string>): Promise<Sent> =>
  (await sandbox.control('webhooks', event)) as Sent;

const graceCompletion = () => ({
  event_type: 'course_completed_events',
  event_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
  occurred_at: '2026-06-10T16:20:00Z',
  learner_id: sandbox.idOf('people', 'grace@example.com'),
  learner_email: 'grace@example.com',
  learner_first_name: 'Grace',
  learner_last_name: 'Hopper',
  learner_name: 'Grace Hopper',
  course_id: sandbox.idOf('courses', 'Product Fundamentals'),
  course_name: 'Product Fundamentals',
  learning_path_id: null,
  learning_path_name: null,
  score: 92,
});

describe.each(positionsFor('webhooks'))('with %s', (_label, switches) => {
  it('flattens a signed course-completed body, reading only what it lacks', async () => {
    sandbox.switches(switches);
    const { store } = sandbox.current();
    const sent = await send({
      type: 'course_completed_events',
      email: 'grace@example.com',
      course: 'Product Fundamentals',
    });
    expect(sent.header).toBe('X-Northpass-Hmac-SHA256');
    const output = await runOnSandbox(perform, {
      body: sent.body,
      signature: sent.signature,
      secret: WEBHOOK_SECRET,
    });
    expect(output).toEqual(graceCompletion());
    const reads = { all: [], person: ['/v2/courses/'], none: ['/v2/courses/', '/v2/people/'] }[
      store.switches.webhookIncluded
    ];
    expect(store.log.map((request) => request.path.replace(/[0-9a-f-]{36}$/, '')).sort()).toEqual(
      reads,
    );
  });
});

describe('Read Northpass Webhook Event on the sandbox', () => {
  it('flattens a learner-created body as documented (the learner included)', async () => {
    const sent = await send({ type: 'learner_created_events', email: 'grace@example.com' });
    expect(
      await runOnSandbox(perform, {
        body: sent.body,
        signature: sent.signature,
        secret: WEBHOOK_SECRET,
      }),
    ).toMatchObject({
      event_type: 'learner_created_events',
      occurred_at: '2026-05-30T09:15:00Z',
      learner_email: 'grace@example.com',
      learner_last_name: 'Hopper',
      course_id: null,
      score: null,
    });
    expect(sandbox.current().store.log).toEqual([]);
  });

  it('refuses a body signed with another school’s secret, and a foreign body, sending nothing', async () => {
    const foreign = await send({
      type: 'course_completed_events',
      email: 'grace@example.com',
      course: 'Product Fundamentals',
      secret: 'another-schools-secret',
    });
    const signed = await raised(
      runOnSandbox(perform, {
        body: foreign.body,
        signature: foreign.signature,
        secret: WEBHOOK_SECRET,
      }),
    );
    expect(signed.message).toMatch(/^Signature: does not match this body and Webhook Secret/);
    const stripe = await raised(
      runOnSandbox(perform, {
        body: JSON.stringify({ id: 'evt_1', type: 'invoice.paid', data: { object: {} } }),
      }),
    );
    expect(stripe.message).toMatch(/^Body: has no Northpass event in it/);
    expect(sandbox.current().store.log).toEqual([]);
  });

  it('lists what it sent in the sent-webhooks log, bodies as signed', async () => {
    const sent = await send({
      type: 'course_completed_events',
      email: 'grace@example.com',
      course: 'Product Fundamentals',
    });
    const log = await sandbox.list('/v2/webhooks?filter[type][in]=course_completed_events');
    expect(log.data.map((message) => message.attributes.payload)).toEqual([JSON.parse(sent.body)]);
  });
});
