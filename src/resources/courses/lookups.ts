import type { ZObject } from 'zapier-platform-core';

import { findNamed, resolveAllNamed, resolveNamed } from '../lookup/references.js';
import { splitModeOf } from '../lookup/split.js';
import { courseCollection } from './api.js';

/** How the course fields (./fields.ts) find their courses; loaded when a step resolves one. */
export const resolveCourse = (z: ZObject, value: string, label: string) =>
  resolveNamed(z, courseCollection, value, label);

export const resolveCourses = (
  z: ZObject,
  values: string[],
  label: string,
  inputs: Record<string, unknown>,
) => resolveAllNamed(z, courseCollection, values, label, splitModeOf(inputs));

export const findCourseNamed = (z: ZObject, value: string, label: string) =>
  findNamed(z, courseCollection, value, label);
