import { beforeEach, jest } from '@jest/globals';

/**
 * What the app wrote to the step's log (core's `z.console.log` prints through `console.log` in
 * tests) during the current test: kept here instead of printed, so a passing run prints nothing
 * alarming, and a test can assert what a Zap builder would read in the log.
 */
export const logged: string[] = [];

beforeEach(() => {
  logged.length = 0;
  jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    logged.push(args.map(String).join(' ').replace(/\n$/, ''));
  });
});
