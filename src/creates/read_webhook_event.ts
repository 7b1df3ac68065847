import { defineCreate, type CreatePerform } from 'zapier-platform-core';

import { checkInputs, inputsOf } from '../lib/fields.js';
import { parseEvent } from '../resources/webhooks/event.js';
import {
  webhookBodyField,
  webhookSecretField,
  webhookSignatureField,
} from '../resources/webhooks/fields.js';
import { webhookEventOutputFields, webhookEventSample } from '../resources/webhooks/samples.js';
import { readWebhookEvent } from '../resources/webhooks/read.js';
import { checkSignature } from '../resources/webhooks/signature.js';

const fields = [webhookBodyField, webhookSignatureField, webhookSecretField] as const;

export const perform = (async (z, bundle) => {
  const { body, signature, secret } = checkInputs(bundle.inputData, fields);
  checkSignature(
    body,
    { signature, secret },
    { signature: webhookSignatureField.input.label, secret: webhookSecretField.input.label },
  );
  return readWebhookEvent(z, parseEvent(body, webhookBodyField.input.label));
}) satisfies CreatePerform;

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
