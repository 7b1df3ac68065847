import type { PollingTriggerPerform } from 'zapier-platform-core';

import { checkInputs } from '../lib/fields.js';
import { newestCourses } from '../resources/courses/api.js';
import { toCourseOutput } from '../resources/courses/output.js';
import { publishedWords } from '../resources/courses/status.js';
import { pollItems, pollLimit } from '../resources/polling.js';
import { fields } from './new_course.js';

export const perform = (async (z, bundle) => {
  const { status } = checkInputs(bundle.inputData, fields);
  const { items, skipped } = await newestCourses(z, pollLimit(bundle));
  // the school's word for published, learned from this very page (no request)
  const published = await publishedWords(
    z,
    items.map((course) => course.attributes.status),
  );
  const wanted: readonly string[] = status === 'published' ? published : [status];
  const matching = items.filter(
    (course) => status === 'any' || wanted.includes(course.attributes.status ?? ''),
  );
  return pollItems(z, matching.map(toCourseOutput), skipped);
}) satisfies PollingTriggerPerform;
