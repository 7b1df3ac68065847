import type { Authentication, Bundle, ZObject } from 'zapier-platform-core';
import { z as zod } from 'zod';

import { invalidInput, MAX_TEXT_LENGTH } from './lib/inputs.js';
import { getSchool } from './resources/school/api.js';

/** Shown as the connection's name when the plan hides the school's name. */
export const FALLBACK_LABEL = 'Northpass school';

const apiKeySchema = zod
  .string({ error: 'enter the API key from Northpass admin: Apps > API Access.' })
  .trim()
  .min(1, { error: 'enter the API key from Northpass admin: Apps > API Access.' })
  .max(MAX_TEXT_LENGTH, { error: 'this is too long to be a Northpass API key.' })
  .regex(/^\S+$/, {
    error: 'a Northpass API key has no spaces; copy it again without extra text.',
  });

/** Checks the key's form before any request, then asks Northpass which school it opens. */
export const testAuth = async (z: ZObject, bundle: Bundle) => {
  const key = apiKeySchema.safeParse(bundle.authData.apiKey);
  if (!key.success) throw invalidInput('API Key', key.error.issues[0]?.message ?? 'not valid.');
  const school = await getSchool(z);
  return {
    school_id: school.id,
    school_name: school.name,
    label: school.name ?? FALLBACK_LABEL,
  };
};

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
        'In Northpass, open the admin area and go to **Apps > API Access** to copy your key. ' +
        'API access is part of some Northpass plans only; if you do not see API Access, ask Northpass support to enable it.',
    },
  ],
  test: testAuth,
  connectionLabel,
} satisfies Authentication;
