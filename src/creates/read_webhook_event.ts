import { defineCreate } from 'zapier-platform-core';

import { inputsOf } from '../lib/fields.js';
import {
  webhookBodyField,
  webhookSecretField,
  webhookSignatureField,
} from '../resources/webhooks/fields.js';
import { webhookEventOutputFields, webhookEventSample } from '../resources/webhooks/samples.js';
import { later, runtime } from '../lib/later.js';

export const fields = [webhookBodyField, webhookSignatureField, webhookSecretField] as const;

/** What the step does: loaded when it runs (src/lib/later.ts). */
export const perform = later(async () => (await runtime()).readWebhookEvent);

export default defineCreate({
  key: 'read_webhook_event',
  noun: 'Webhook Event',
  display: {
    label: 'Read Northpass Webhook Event',
    description:
      'Turns the raw body of a Northpass webhook (caught by Catch Raw Hook) into flat learner, course and score fields; changes nothing in Northpass.',
  },
  operation: {
    inputFields: inputsOf(fields),
    perform,
    sample: webhookEventSample,
    outputFields: webhookEventOutputFields,
  },
});
