import { shared } from './jest.config.js';

/**
 * End-to-end tests against the local Northpass sandbox over real loopback HTTP, and the opt-in
 * live suite (skipped unless NORTHPASS_API_KEY is set). No nock here.
 * @type {import('jest').Config}
 */
export default {
  ...shared,
  // end-to-end runs pace their requests as the app does against Northpass (7 a second)
  testTimeout: 60_000,
  // the runs mostly wait on pacing and the sandbox, not the CPU: several files at once
  maxWorkers: 6,
  testMatch: ['<rootDir>/test/sandbox/**/*.test.ts', '<rootDir>/test/live/**/*.test.ts'],
  // the app's step log is kept for assertions, not printed
  setupFilesAfterEnv: ['<rootDir>/test/console.ts'],
};
