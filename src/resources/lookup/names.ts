import type { ZObject } from 'zapier-platform-core';
import type * as zod from 'zod/mini';

import { behaviour } from '../../client/behaviour.js';
import { PAGE_SIZE } from '../../client/config.js';
import { learn } from '../../client/learned.js';
import { cleanText } from '../../lib/inputs.js';

/** A Northpass record people refer to by name: a group, a course, a learning path. */
export interface NamedRecord {
  id: string;
  attributes: { name: string; created_at?: string | null };
}

/** One kind of named record: how to read it by ID and where its list lives. */
export interface NamedCollection<T extends NamedRecord> {
  noun: 'group' | 'course' | 'learning path';
  plural: 'groups' | 'courses' | 'learning paths';
  /** The list endpoint, e.g. `/v2/groups`. */
  path: string;
  schema: zod.ZodMiniType<T>;
  /** The record with this ID, or null when there is none. */
  findById: (z: ZObject, id: string) => Promise<T | null>;
}

/**
 * The one name rule: the inputs' text cleaning (outer spaces trimmed, inner runs collapsed,
 * control and invisible characters dealt with), letter case ignored. Two names are the same name
 * when their keys are equal.
 */
export const nameKey = (name: string): string => cleanText(name).toLowerCase();

/** Pages of a name search read at most (records whose name contains the name). */
export const NAME_SEARCH_PAGES = 3;
/** Pages of a whole list walked at most when no search ignores letter case: 1,000 records. */
export const NAME_WALK_PAGES = 10;

/** Every record with the same name as `name` (the one name rule). */
export const sameName = <T extends NamedRecord>(items: T[], name: string): T[] => {
  const key = nameKey(name);
  return uniqueById(items.filter((item) => nameKey(item.attributes.name) === key));
};

/** One record per ID, in the order the IDs were first seen. */
export const uniqueById = <T extends { id: string }>(items: T[]): T[] => [
  ...new Map(items.map((item) => [item.id, item])).values(),
];

export type NameSearch = 'cont' | 'i_cont' | 'walk';

export const flipCase = (text: string): string =>
  text.replace(/\p{L}/gu, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()));

/** Every record's name contains `text` ignoring case: the filter was applied, not ignored. */
export const allContain = (items: NamedRecord[], text: string): boolean =>
  items.every((item) => item.attributes.name.toLowerCase().includes(text.toLowerCase()));

export const listCall = (
  kind: NamedCollection<NamedRecord>,
  params: Record<string, string | number> = {},
) => ({
  path: kind.path,
  params: { limit: PAGE_SIZE, ...params, ...behaviour.byName },
  optional: ['sort'],
});

export const learnSearch = (z: ZObject, kind: NamedCollection<NamedRecord>, search: NameSearch) =>
  learn(z, (facts) => {
    facts.nameSearch = { ...facts.nameSearch, [kind.path]: search };
  });
