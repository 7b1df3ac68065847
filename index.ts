import zapier, { defineApp } from 'zapier-platform-core';

import { authentication } from './src/authentication.js';
import { mapNorthpassErrors } from './src/client/errors.js';
import { prepareNorthpassRequest } from './src/client/middleware.js';

export default defineApp({
  version: '1.0.0',
  platformVersion: zapier.version,
  flags: {
    // 429 reaches mapNorthpassErrors, which turns it into a throttled error with a readable message
    throwForThrottlingEarly: false,
  },
  authentication,
  beforeRequest: [prepareNorthpassRequest],
  afterResponse: [mapNorthpassErrors],
  triggers: {},
  searches: {},
  creates: {},
});
