import type { PollingTriggerPerform } from 'zapier-platform-core';

import { listLearningPaths } from '../resources/learning-paths/api.js';
import { toLearningPathOutput } from '../resources/learning-paths/output.js';
import { dropdownPage, pollItems } from '../resources/polling.js';

export const perform = (async (z, bundle) => {
  const { items, skipped } = await listLearningPaths(z, { page: dropdownPage(bundle) });
  return pollItems(z, items.map(toLearningPathOutput), skipped);
}) satisfies PollingTriggerPerform;
