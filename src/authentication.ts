import type { Authentication, Bundle, ZObject } from 'zapier-platform-core';

import { later, runtime } from './lib/later.js';

/** Shown as the connection's name when the plan hides the school's name. */
export const FALLBACK_LABEL = 'Northpass school';

/** Checks the key's form before any request, then asks Northpass which school it opens. */
export const testAuth = later(async () => (await runtime()).testAuth);

export const connectionLabel = (_z: ZObject, bundle: Bundle<{ label?: string }>): Promise<string> =>
  Promise.resolve(bundle.inputData.label ?? FALLBACK_LABEL);

export const authentication = {
  type: 'custom',
  fields: [
    {
      key: 'apiKey',
      label: 'API Key',
      type: 'password',
      required: true,
      helpText:
        'In Northpass, open the admin area and go to **Apps > API Access** to copy your key ([how to find it](https://developers.northpass.com/docs/api-overview)). ' +
        'API access is part of some Northpass plans only; if you do not see API Access, ask Northpass support to enable it.',
    },
  ],
  test: testAuth,
  connectionLabel,
} satisfies Authentication;
