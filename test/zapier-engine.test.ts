import { describe, expect, it } from '@jest/globals';

import App from '../index.js';

/** Creates that write nothing to Northpass: read like searches, so not throttled. */
const readOnly = new Set(['read_webhook_event']);
const creates = Object.values(App.creates).filter((create) => !readOnly.has(create.key));
const others = [
  ...Object.values(App.searches),
  ...Object.values(App.triggers),
  ...Object.values(App.creates).filter((create) => readOnly.has(create.key)),
].map(({ key, operation }) => ({
  key,
  throttle: 'throttle' in operation ? operation.throttle : undefined,
}));

describe("what Zapier's own engine holds across containers", () => {
  it('throttles every write with one shared count per connection', () => {
    expect(creates).toHaveLength(10);
    for (const create of creates) {
      // 7.8 paced requests a second for 10 s, at 5 requests an Onboard Learner
      expect([create.key, create.operation.throttle]).toEqual([
        create.key,
        { window: 10, limit: 15, scope: ['auth'] },
      ]);
    }
    // the same configuration everywhere, without `action`, is what makes the count shared
    expect(new Set(creates.map((create) => JSON.stringify(create.operation.throttle))).size).toBe(
      1,
    );
  });

  it('leaves reads unthrottled: polls, searches and Read Northpass Webhook Event are paced inside the step', () => {
    for (const { key, throttle } of others) expect([key, throttle]).toEqual([key, undefined]);
  });

  it('locks Resend Invitation per learner and connection: a second invitation voids the first', () => {
    const locked = creates.filter((create) => create.operation.lock !== undefined);
    expect(locked.map((create) => [create.key, create.operation.lock])).toEqual([
      [
        'resend_invitation',
        { key: 'resend_invitation:{{bundle.inputData.learner}}', scope: ['auth'], timeout: 60 },
      ],
    ]);
    // the lock key must name a required input, or some runs would share an empty key
    expect(App.creates.resend_invitation.operation.inputFields).toContainEqual(
      expect.objectContaining({ key: 'learner', required: true }),
    );
  });
});
