/**
 * `npm run verify-school`: asks a real school (NORTHPASS_API_KEY; NORTHPASS_API_URL to point
 * elsewhere) each question Northpass's documentation leaves open, and prints what it answered
 * and what the app will do. Read-only first; then it creates a group and a learner at an
 * example.com address (Northpass invites them, and the school's webhooks see them), and removes
 * them at the end. The key is never printed.
 */
import zapier from 'zapier-platform-core';
import type { Bundle, ZObject } from 'zapier-platform-core';

import App from '../index.ts';
import { baseUrl } from '../src/client/config.ts';
import { formatReport, verifySchool, type Report } from './verify-school/verify.ts';

const apiKey = process.env.NORTHPASS_API_KEY?.trim();
if (!apiKey) {
  console.error('Set NORTHPASS_API_KEY to the key from Northpass admin: Apps > API Access.');
  process.exit(2);
}

const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
console.log(`Asking ${baseUrl()} (test records are named "Zapier Verify ${stamp}")...\n`);
const appTester = zapier.createAppTester(App);
try {
  const report = await appTester<Report, Bundle>((z: ZObject) => verifySchool(z, stamp), {
    authData: { apiKey },
  });
  console.log(formatReport(report).split(apiKey).join('[API key]'));
  process.exit(report.leftBehind.length > 0 ? 1 : 0);
} catch (error) {
  const refused = error instanceof Error && error.name === 'ExpiredAuthError';
  const text = refused
    ? 'Northpass refused this key (HTTP 401). Copy it again from Northpass admin: Apps > API Access.'
    : error instanceof Error
      ? error.message
      : String(error);
  console.error(`The check stopped: ${text.split(apiKey).join('[API key]')}`);
  process.exit(1);
}
