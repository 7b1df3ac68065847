import type { BeforeRequestMiddleware, Bundle } from 'zapier-platform-core';

import { MIN_REQUEST_BUDGET_MS, REQUEST_TIMEOUT_MS, STEP_BUDGET_MS, baseUrl } from './config.js';
import { outOfTime } from './errors.js';
import { pace } from './pacing.js';

/** When each running step sent its first request: the start of its 30-second budget. */
const stepStarts = new WeakMap<Bundle, number>();

/** When the step behind `bundle` started using its budget (its first request). */
const budgetStart = (bundle: Bundle): number => {
  const start = stepStarts.get(bundle) ?? Date.now();
  stepStarts.set(bundle, start);
  return start;
};

/**
 * beforeRequest: resolves Northpass paths against the base URL, adds the key and JSON headers,
 * paces the school's requests under its rate limit, and gives each request a timeout that keeps
 * the whole step inside Zapier's 30 s.
 */
export const prepareNorthpassRequest: BeforeRequestMiddleware = async (request, _z, bundle) => {
  const base = baseUrl();
  const url = request.url.startsWith('/') ? `${base}${request.url}` : request.url;
  const apiKey = (bundle.authData.apiKey ?? '').trim();
  const start = budgetStart(bundle);
  await pace(apiKey);
  const remaining = STEP_BUDGET_MS - (Date.now() - start);
  if (remaining < MIN_REQUEST_BUDGET_MS) throw outOfTime();

  const headers: Record<string, string> = {
    ...request.headers,
    accept: 'application/json',
  };
  if (request.body !== undefined) {
    headers['content-type'] = 'application/json';
  }
  // the key goes only to Northpass itself, never to a host a redirect or a link might name
  if (new URL(url).origin === new URL(base).origin) {
    headers['x-api-key'] = apiKey;
  }
  return {
    ...request,
    url,
    headers,
    timeout: Math.min(request.timeout ?? REQUEST_TIMEOUT_MS, remaining),
  };
};
