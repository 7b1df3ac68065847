import { defineField } from '../../lib/fields.js';
import { invalidInput, optionalText } from '../../lib/inputs.js';

/** Largest body read: Northpass's events are a few kilobytes. */
export const MAX_BODY_CHARACTERS = 1_000_000;

/** The raw body, kept exactly as received (the signature is over every byte of it). */
const rawBody = (value: unknown, label: string): string => {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    throw invalidInput(
      label,
      'the value mapped here was empty in this run. Map Raw Body from the Catch Raw Hook step.',
    );
  }
  if (typeof value !== 'string') {
    throw invalidInput(label, 'must be text: map Raw Body from the Catch Raw Hook step.');
  }
  if (value.length > MAX_BODY_CHARACTERS) {
    throw invalidInput(
      label,
      `is ${value.length.toLocaleString('en-US')} characters; a Northpass event is far smaller (at most ${MAX_BODY_CHARACTERS.toLocaleString('en-US')}).`,
    );
  }
  return value;
};

export const webhookBodyField = defineField(
  {
    key: 'body',
    label: 'Body',
    type: 'text',
    required: true,
    helpText:
      "The raw body Northpass sent: map **Raw Body** from a Webhooks by Zapier **Catch Raw Hook** trigger whose URL is a subscription in Northpass's Webhooks app.",
  },
  rawBody,
);

export const webhookSignatureField = defineField(
  {
    key: 'signature',
    label: 'Signature',
    required: false,
    helpText:
      'Optional: the **X-Northpass-Hmac-SHA256** header of the request, as the Catch Raw Hook step shows it among its headers. Checked when **Webhook Secret** is set too.',
  },
  optionalText,
);

export const webhookSecretField = defineField(
  {
    key: 'secret',
    label: 'Webhook Secret',
    type: 'password',
    required: false,
    helpText:
      "Optional: your school's webhook secret (Northpass admin: Apps, Add-ons, Webhooks). When set, a body whose Signature does not match, or that has none, is refused.",
  },
  optionalText,
);
