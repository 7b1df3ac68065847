import type { BeforeRequestMiddleware, Bundle } from 'zapier-platform-core';

import { MIN_REQUEST_BUDGET_MS, REQUEST_TIMEOUT_MS, STEP_BUDGET_MS, baseUrl } from './config.js';
import { outOfTime } from './errors.js';

/** When each running step sent its first request: the start of its 30-second budget. */
const stepStarts = new WeakMap<Bundle, number>();

const remainingBudget = (bundle: Bundle): number => {
  const now = Date.now();
  const start = stepStarts.get(bundle) ?? now;
  stepStarts.set(bundle, start);
  return STEP_BUDGET_MS - (now - start);
};

/**
 * beforeRequest: resolves Northpass paths against the base URL, adds the key and JSON headers,
 * and gives the request a timeout that keeps the whole step inside Zapier's 30 s.
 */
export const prepareNorthpassRequest: BeforeRequestMiddleware = (request, _z, bundle) => {
  const base = baseUrl();
  const url = request.url.startsWith('/') ? `${base}${request.url}` : request.url;
  const remaining = remainingBudget(bundle);
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
    headers['x-api-key'] = (bundle.authData.apiKey ?? '').trim();
  }
  return {
    ...request,
    url,
    headers,
    timeout: Math.min(request.timeout ?? REQUEST_TIMEOUT_MS, remaining),
  };
};
