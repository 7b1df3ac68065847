import type { PollingTriggerPerform } from 'zapier-platform-core';

import { dropdownPage, pollItems } from '../resources/polling.js';
import { listCourses } from '../resources/courses/api.js';
import { toCourseChoices } from '../resources/courses/output.js';
import { learnPublishedWord } from '../resources/courses/status.js';

export const perform = (async (z, bundle) => {
  const { items, skipped } = await listCourses(z, { page: dropdownPage(bundle) });
  await learnPublishedWord(z, items);
  return pollItems(z, toCourseChoices(items), skipped);
}) satisfies PollingTriggerPerform;
