/** Where Northpass lives; `NORTHPASS_API_URL` points the app at a sandbox or a test double. */
export const DEFAULT_BASE_URL = 'https://api.northpass.com';

export const baseUrl = (): string =>
  (process.env.NORTHPASS_API_URL || DEFAULT_BASE_URL).replace(/\/+$/, '');

/** Page size for every list call: 100 is accepted by every list endpoint we use. */
export const PAGE_SIZE = 100;

/** A page size for the "load a sample" click in the Zap editor, which should answer fast. */
export const SAMPLE_PAGE_SIZE = 10;

/** Upper bound on pages any helper follows through `links.next`. */
export const MAX_PAGES = 5;

/** Zapier stops a step at 30 s; every request of a step must finish inside this budget. */
export const STEP_BUDGET_MS = 27_000;

/** One request may take at most this long, so a retry still fits inside the step budget. */
export const REQUEST_TIMEOUT_MS = 12_000;

/** Below this much remaining budget a request is not started at all. */
export const MIN_REQUEST_BUDGET_MS = 1_500;

/** Items a poll asks for: a small page when the Zap editor is loading a sample. */
export const pollLimit = (loadingSample: boolean | undefined): number =>
  loadingSample ? SAMPLE_PAGE_SIZE : PAGE_SIZE;
