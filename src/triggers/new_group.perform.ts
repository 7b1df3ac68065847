import type { PollingTriggerPerform } from 'zapier-platform-core';

import { newestGroups } from '../resources/groups/api.js';
import { toGroupOutput } from '../resources/groups/output.js';
import { pollItems, pollLimit } from '../resources/polling.js';

export const perform = (async (z, bundle) => {
  const { items, skipped } = await newestGroups(z, pollLimit(bundle));
  return pollItems(z, items.map(toGroupOutput), skipped);
}) satisfies PollingTriggerPerform;
