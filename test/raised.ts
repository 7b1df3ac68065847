import { expect } from '@jest/globals';

/** A canary: no error message or log line may ever contain it. */
export const TEST_API_KEY = 'np-canary-key-3c9e71b2';

export interface RaisedError {
  name: string;
  message: string;
  code?: string;
  status?: number;
  delay?: number | null;
}

/**
 * Awaits a failing promise and returns the error as a Zap builder would see it: core's AppError
 * and ThrottledError carry their fields as JSON in `message`, which Zapier unpacks.
 */
export const raised = async (promise: Promise<unknown>): Promise<RaisedError> => {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(Error);
  const error = caught as Error;
  expect(error.message).not.toContain(TEST_API_KEY);
  expect(String(error.stack)).not.toContain(TEST_API_KEY);
  if (error.name === 'AppError' || error.name === 'ThrottledError') {
    const fields = JSON.parse(error.message) as Omit<RaisedError, 'name'>;
    expect(fields.message.length).toBeLessThanOrEqual(250);
    return { name: error.name, ...fields };
  }
  return { name: error.name, message: error.message };
};
