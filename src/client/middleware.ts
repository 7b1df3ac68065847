import type { AfterResponseMiddleware, BeforeRequestMiddleware } from 'zapier-platform-core';

import { MIN_REQUEST_BUDGET_MS, REQUEST_TIMEOUT_MS, STEP_BUDGET_MS, baseUrl } from './config.js';
import { contextOf, readContext } from './context.js';
import { errorFor, offOrigin, outOfTime } from './errors.js';
import { apiKeyProblem, cleanApiKey } from './key.js';
import { pace } from './pacing.js';
import { invalidInput } from '../lib/inputs.js';

/** The request's URL on the Northpass origin; anything else never gets a request, let alone the key. */
const northpassUrl = (url: string): string => {
  const base = baseUrl();
  if (url.startsWith('/') && !url.startsWith('//')) return `${base}${url}`;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw offOrigin();
  }
  if (target.origin !== new URL(base).origin) throw offOrigin();
  return target.toString();
};

/**
 * beforeRequest: sends requests only to Northpass (relative paths resolve against the base URL;
 * any other origin is refused), adds the key and JSON headers, never follows a redirect, paces
 * the school's requests under its rate limit, and gives each request a timeout that keeps the
 * whole step inside Zapier's 30 s.
 */
export const prepareNorthpassRequest: BeforeRequestMiddleware = async (request, _z, bundle) => {
  const url = northpassUrl(request.url);
  const apiKey = cleanApiKey(bundle.authData.apiKey);
  const problem = apiKeyProblem(apiKey);
  if (problem) throw invalidInput('API Key', problem);
  const context = readContext(request.middlewareData);
  await pace(apiKey);
  const remaining = (context.deadline ?? Date.now() + STEP_BUDGET_MS) - Date.now();
  if (remaining < MIN_REQUEST_BUDGET_MS) throw outOfTime();

  return {
    ...request,
    url,
    redirect: 'manual',
    headers: {
      ...request.headers,
      accept: 'application/json',
      ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}),
      'x-api-key': apiKey,
    },
    timeout: Math.min(request.timeout ?? REQUEST_TIMEOUT_MS, remaining),
  };
};

/**
 * afterResponse: every Northpass answer that is not a success (a redirect included) becomes an
 * error a person can act on, except the statuses the caller said it expects.
 */
export const mapNorthpassErrors: AfterResponseMiddleware = (response) => {
  if (response.status < 300 || response.skipThrowForStatus) return response;
  const context = contextOf(response);
  if (context.expect?.includes(response.status)) {
    response.skipThrowForStatus = true;
    return response;
  }
  throw errorFor(response, context);
};
