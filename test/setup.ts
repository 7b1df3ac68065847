import { afterAll, afterEach, beforeAll, expect } from '@jest/globals';
import nock from 'nock';

import './console.js';
import { resetRun } from './helpers.js';

beforeAll(() => {
  delete process.env.NORTHPASS_API_URL;
  // each test file loads its own nock; the previous file's one was restored in afterAll
  if (!nock.isActive()) nock.activate();
  nock.disableNetConnect();
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
