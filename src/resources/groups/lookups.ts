import type { ZObject } from 'zapier-platform-core';

import { isUuid } from '../../lib/inputs.js';
import { findNamed, resolveAllNamed, resolveNamed } from '../lookup/references.js';
import { splitModeOf } from '../lookup/split.js';
import { groupCollection } from './api.js';

/** How the group fields (./fields.ts) find their groups; loaded when a step resolves one. */
export const resolveGroup = (z: ZObject, value: string, label: string) =>
  resolveNamed(z, groupCollection, value, label);

export const resolveGroups = (
  z: ZObject,
  values: string[],
  label: string,
  inputs: Record<string, unknown>,
) => resolveAllNamed(z, groupCollection, values, label, splitModeOf(inputs));

export const findGroupNamed = (z: ZObject, value: string, label: string) =>
  findNamed(z, groupCollection, value, label);

/** An ID is taken as given, with no request (a trigger checks it when tested); a name must name a group. */
export const groupIdOf = async (z: ZObject, value: string, label: string): Promise<string> =>
  isUuid(value) ? value.toLowerCase() : (await resolveGroup(z, value, label)).id;
