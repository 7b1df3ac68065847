import type { PollingTriggerPerform } from 'zapier-platform-core';

import { dropdownPage, pollItems } from '../resources/polling.js';
import { listGroups } from '../resources/groups/api.js';
import { toGroupChoices } from '../resources/groups/output.js';

export const perform = (async (z, bundle) => {
  const { items, skipped } = await listGroups(z, { page: dropdownPage(bundle) });
  return pollItems(z, toGroupChoices(items), skipped);
}) satisfies PollingTriggerPerform;
