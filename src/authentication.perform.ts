import type { Bundle, ZObject } from 'zapier-platform-core';

import { FALLBACK_LABEL } from './authentication.js';
import { baseUrl, DEFAULT_BASE_URL } from './client/config.js';
import { apiKeyProblem, cleanApiKey } from './client/key.js';
import { invalidInput } from './lib/inputs.js';
import { getSchool } from './resources/school/api.js';

/** Checks the key's form before any request, then asks Northpass which school it opens. */
export const testAuth = async (z: ZObject, bundle: Bundle) => {
  const problem = apiKeyProblem(cleanApiKey(bundle.authData.apiKey));
  if (problem) throw invalidInput('API Key', problem);
  const school = await getSchool(z);
  const name = school.name ?? FALLBACK_LABEL;
  // a connection to anything but Northpass itself (a sandbox) says so, wherever it shows
  return {
    school_id: school.id,
    school_name: school.name,
    api_url: baseUrl(),
    label: baseUrl() === DEFAULT_BASE_URL ? name : `${name} (${baseUrl()})`,
  };
};
