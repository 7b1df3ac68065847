import { afterAll, afterEach, beforeAll, beforeEach, expect, jest } from '@jest/globals';
import nock from 'nock';

import './console.js';
import { retryTimer } from '../src/client/retry.js';
import { resetRun, waits } from './helpers.js';

beforeAll(() => {
  delete process.env.NORTHPASS_API_URL;
  // each test file loads its own nock; the previous file's one was restored in afterAll
  if (!nock.isActive()) nock.activate();
  nock.disableNetConnect();
});

// the client's waits between tries are recorded, not slept through: no test waits on the clock
beforeEach(() => {
  jest.spyOn(retryTimer, 'sleep').mockImplementation((ms) => {
    waits.push(ms);
    return Promise.resolve();
  });
});

afterEach(() => {
  const pending = nock.pendingMocks();
  nock.abortPendingRequests();
  nock.cleanAll();
  resetRun();
  expect(pending).toEqual([]);
});

afterAll(() => {
  nock.restore();
});
