import type { PollingTriggerPerform } from 'zapier-platform-core';

import { listPeople } from '../resources/people/lists.js';
import { toLearnerOutput } from '../resources/people/output.js';
import { dropdownPage, pollItems } from '../resources/polling.js';

export const perform = (async (z, bundle) => {
  const { items, skipped } = await listPeople(z, { page: dropdownPage(bundle) });
  return pollItems(z, items.map(toLearnerOutput), skipped);
}) satisfies PollingTriggerPerform;
