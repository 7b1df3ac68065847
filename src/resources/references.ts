import type { ZObject } from 'zapier-platform-core';

import { invalidInput, isUuid, quote } from '../lib/inputs.js';

/** A Northpass record people refer to by name: a group or a course. */
export interface NamedRecord {
  id: string;
  attributes: { name: string };
}

/** How to look one kind of named record up, by ID and by name. */
export interface NamedKind<T extends NamedRecord> {
  noun: 'group' | 'course';
  plural: 'groups' | 'courses';
  /** The record with this ID, or null when there is none. */
  findById: (z: ZObject, id: string) => Promise<T | null>;
  /** Candidates for a name; `enough` tells the search when it may stop paging. */
  searchByName: (z: ZObject, name: string, enough: (items: T[]) => boolean) => Promise<T[]>;
}

const normalise = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** One record per ID, in the order the IDs were first seen. */
export const uniqueById = <T extends { id: string }>(items: T[]): T[] => [
  ...new Map(items.map((item) => [item.id, item])).values(),
];

/** Exact name matches; when there are none, the case- and whitespace-insensitive ones. */
export const matchByName = <T extends NamedRecord>(items: T[], name: string): T[] => {
  const exact = items.filter((item) => item.attributes.name === name);
  if (exact.length > 0) return uniqueById(exact);
  const wanted = normalise(name);
  return uniqueById(items.filter((item) => normalise(item.attributes.name) === wanted));
};

/**
 * The record a field value names: a UUID is fetched by ID, anything else is matched by name.
 * Null when nothing matches; an error naming the field when several records share the name.
 */
export const findNamed = async <T extends NamedRecord>(
  z: ZObject,
  kind: NamedKind<T>,
  value: string,
  label: string,
): Promise<T | null> => {
  if (isUuid(value)) return kind.findById(z, value.toLowerCase());
  const candidates = await kind.searchByName(z, value, (items) =>
    items.some((item) => item.attributes.name === value),
  );
  const matches = matchByName(candidates, value);
  if (matches.length > 1) {
    const ids = matches.slice(0, 3).map((item) => item.id);
    throw invalidInput(
      label,
      `${matches.length} ${kind.plural} are named ${quote(value)} (IDs ${ids.join(', ')}${
        matches.length > 3 ? ', ...' : ''
      }). Pick one from the list or map its ID.`,
    );
  }
  return matches[0] ?? null;
};

/** The sentence for a value that names no record, naming the field. */
export const notFoundInput = (kind: { noun: string }, value: string, label: string): Error =>
  invalidInput(
    label,
    isUuid(value)
      ? `no ${kind.noun} has the ID ${quote(value)}. Pick the ${kind.noun} from the list or map a ${kind.noun} ID.`
      : `no ${kind.noun} is named ${quote(value)}. Check the spelling, or pick the ${kind.noun} from the list.`,
  );

/** Like `findNamed`, but a value that names nothing is an error that names the field. */
export const resolveNamed = async <T extends NamedRecord>(
  z: ZObject,
  kind: NamedKind<T>,
  value: string,
  label: string,
): Promise<T> => {
  const record = await findNamed(z, kind, value, label);
  if (!record) throw notFoundInput(kind, value, label);
  return record;
};

/** Resolves several values one after another (the client paces them under the rate limit). */
export const resolveAllNamed = async <T extends NamedRecord>(
  z: ZObject,
  kind: NamedKind<T>,
  values: string[],
  label: string,
): Promise<T[]> => {
  const records: T[] = [];
  for (const value of values) records.push(await resolveNamed(z, kind, value, label));
  return uniqueById(records);
};
