import type { CreatePerform } from 'zapier-platform-core';

import { checkInputs } from '../lib/fields.js';
import { parseEvent } from '../resources/webhooks/event.js';
import {
  webhookBodyField,
  webhookSecretField,
  webhookSignatureField,
} from '../resources/webhooks/fields.js';
import { readWebhookEvent } from '../resources/webhooks/read.js';
import { checkSignature } from '../resources/webhooks/signature.js';
import { fields } from './read_webhook_event.js';

export const perform = (async (z, bundle) => {
  const { body, signature, secret } = checkInputs(bundle.inputData, fields);
  checkSignature(
    body,
    { signature, secret },
    { signature: webhookSignatureField.input.label, secret: webhookSecretField.input.label },
  );
  return readWebhookEvent(z, parseEvent(body, webhookBodyField.input.label));
}) satisfies CreatePerform;
