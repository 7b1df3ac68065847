import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import zapier from 'zapier-platform-core';
import type { Bundle, ZObject } from 'zapier-platform-core';

import App from '../../index.js';
import { startSandbox, SANDBOX_API_KEY, type Sandbox } from '../../sandbox/server.ts';
import type { Switches } from '../../sandbox/store.ts';

const appTester = zapier.createAppTester(App);

/**
 * Starts a seeded sandbox for the test file on an ephemeral loopback port, points the app at it,
 * and gives each test a fresh school and default switches.
 */
export const useSandbox = (): {
  current: () => Sandbox;
  switches: (next: Partial<Switches>) => void;
} => {
  let sandbox: Sandbox | undefined;
  const current = (): Sandbox => {
    if (!sandbox) throw new Error('the sandbox has not started');
    return sandbox;
  };
  beforeAll(async () => {
    sandbox = await startSandbox();
    process.env.NORTHPASS_API_URL = sandbox.url;
  });
  beforeEach(() => {
    current().store.reset();
  });
  afterAll(async () => {
    delete process.env.NORTHPASS_API_URL;
    await sandbox?.close();
  });
  return { current, switches: (next) => Object.assign(current().store.switches, next) };
};

/** Runs a perform against the sandbox through core's app tester, with the sandbox key. */
export const runOnSandbox = <T, I extends Record<string, unknown>>(
  perform: (z: ZObject, bundle: Bundle<I>) => T | Promise<T>,
  inputData: Record<string, unknown> = {},
  meta: Record<string, unknown> = {},
): Promise<T> =>
  appTester(perform as unknown as (z: ZObject, bundle: Bundle) => T | Promise<T>, {
    authData: { apiKey: SANDBOX_API_KEY },
    inputData,
    meta,
  });
