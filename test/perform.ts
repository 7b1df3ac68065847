import zapier from 'zapier-platform-core';
import type { Bundle, ZObject } from 'zapier-platform-core';

import App from '../index.js';
import { forgetLocalState } from '../src/lib/shared.js';

type AppTester = ReturnType<typeof zapier.createAppTester>;
type Perform<T, I extends Record<string, unknown>> = (
  z: ZObject,
  bundle: Bundle<I>,
) => T | Promise<T>;

/**
 * The one way tests run an operation: its exported `perform`, through core's app tester (the
 * app's middleware and error mapping run for real), with a key, inputs and meta.
 */
export const performer = (apiKey: string) => {
  const appTester = zapier.createAppTester(App);
  const run = <T, I extends Record<string, unknown>>(
    perform: Perform<T, I>,
    inputData: Record<string, unknown> = {},
    meta: Record<string, unknown> = {},
    key = apiKey,
  ): Promise<T> =>
    appTester(perform as unknown as Perform<T, Record<string, unknown>>, {
      authData: { apiKey: key },
      inputData,
      meta,
    });
  return { appTester, run, cache: cacheOf(appTester) };
};

/** Core's app tester backs `z.cache` with this object (create-app-tester.js); its types omit it. */
const cacheOf = (appTester: AppTester) => ({
  /** Forgets everything shared between runs: the test cache and its in-process fallback. */
  clear: () => {
    (appTester as unknown as { zcacheTestObj: Record<string, string> }).zcacheTestObj = {};
    forgetLocalState();
  },
  /** The shared value a run left under `key`, or undefined. */
  get: (key: string): unknown => {
    const stored = (appTester as unknown as { zcacheTestObj: Record<string, string> })
      .zcacheTestObj[key];
    return stored === undefined ? undefined : (JSON.parse(stored) as { value: unknown }).value;
  },
  /** Puts a shared value in place, as an earlier run would have left it. */
  set: (key: string, value: unknown) => {
    (appTester as unknown as { zcacheTestObj: Record<string, string> }).zcacheTestObj[key] =
      JSON.stringify({ value, expires: Date.now() + 60_000 });
  },
});
