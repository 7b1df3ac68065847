import { createHmac, timingSafeEqual } from 'node:crypto';

import { invalidInput } from '../../lib/inputs.js';

/**
 * confirmed (Northpass's "Webhook Verification"): the `X-Northpass-Hmac-SHA256` header is the
 * Base64 of the HMAC-SHA256 of the raw request body, keyed with the school's shared secret from
 * the Webhooks app.
 */
export const webhookSignature = (body: string, secret: string): string =>
  createHmac('sha256', secret).update(body, 'utf8').digest('base64');

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Whether `signature` is the body's, compared in constant time. */
export const signatureMatches = (body: string, secret: string, signature: string): boolean => {
  const expected = createHmac('sha256', secret).update(body, 'utf8').digest();
  const given = signature.trim();
  if (!BASE64.test(given)) return false;
  const bytes = Buffer.from(given, 'base64');
  return bytes.length === expected.length && timingSafeEqual(bytes, expected);
};

/**
 * Checks the body against its signature when a secret is given: a secret without a signature is
 * refused too (a forged request would simply leave the header out). Neither: nothing to check.
 */
export const checkSignature = (
  body: string,
  { signature, secret }: { signature?: string; secret?: string },
  labels: { signature: string; secret: string },
): void => {
  if (secret === undefined) return;
  if (signature === undefined) {
    throw invalidInput(
      labels.signature,
      `blank while ${labels.secret} is set, so the body cannot be checked. Map the X-Northpass-Hmac-SHA256 header from the Catch Raw Hook step, or clear ${labels.secret}.`,
    );
  }
  if (!signatureMatches(body, secret, signature)) {
    throw invalidInput(
      labels.signature,
      `does not match this body and ${labels.secret}, so it may not come from Northpass. Check the secret (Northpass admin: Apps, Add-ons, Webhooks) and that Body maps Raw Body.`,
    );
  }
};
