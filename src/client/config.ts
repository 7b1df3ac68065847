/** Where Northpass lives; `NORTHPASS_API_URL` points the app at a sandbox or a test double. */
export const DEFAULT_BASE_URL = 'https://api.northpass.com';

export const baseUrl = (): string =>
  (process.env.NORTHPASS_API_URL || DEFAULT_BASE_URL).replace(/\/+$/, '');

/** Page size for every list call: 100 is accepted by every list endpoint we use. */
export const PAGE_SIZE = 100;

/** Zapier stops a step at 30 s; every request of a step must finish inside this budget. */
export const STEP_BUDGET_MS = 27_000;

/** One request may take at most this long, so a retry still fits inside the step budget. */
export const REQUEST_TIMEOUT_MS = 12_000;

/** Below this much remaining budget a request is not started at all. */
export const MIN_REQUEST_BUDGET_MS = 1_500;
