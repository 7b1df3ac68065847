/**
 * Unit tests: every operation through core's app tester, HTTP mocked by nock, no network.
 * The sandbox end-to-end tests run in their own jest process (jest.sandbox.config.js): they use
 * real loopback HTTP, which must not pass through nock's interceptors.
 * @type {import('jest').Config}
 */
export const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  restoreMocks: true,
};

export default {
  ...shared,
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['<rootDir>/test/sandbox/', '<rootDir>/test/live/'],
  // jest's default is one worker on 2 cores; type-check and lint are done by then, so use both
  maxWorkers: 2,
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
};
