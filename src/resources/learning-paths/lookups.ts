import type { ZObject } from 'zapier-platform-core';

import { findNamed, resolveNamed } from '../lookup/references.js';
import { learningPathCollection } from './api.js';

/** How the learning path fields (./fields.ts) find their paths; loaded when a step resolves one. */
export const resolveLearningPath = (z: ZObject, value: string, label: string) =>
  resolveNamed(z, learningPathCollection, value, label);

export const findLearningPathNamed = (z: ZObject, value: string, label: string) =>
  findNamed(z, learningPathCollection, value, label);
