import type { SearchPerform } from 'zapier-platform-core';

import { readInputs } from '../lib/fields.js';
import { toCourseOutput } from '../resources/courses/output.js';
import { learnPublishedWord } from '../resources/courses/status.js';
import { fields } from './find_course.js';

export const perform = (async (z, bundle) => {
  const { name: course } = await readInputs(z, bundle.inputData, fields);
  if (!course) return [];
  await learnPublishedWord(z, [course]);
  return [toCourseOutput(course)];
}) satisfies SearchPerform;
