import type { ZObject } from 'zapier-platform-core';

import { listing, MAX_MESSAGE_LENGTH } from '../../lib/errors.js';
import { cleanText, invalidInput, isUuid, quote } from '../../lib/inputs.js';
import { whenAll } from '../../lib/settle.js';
import { onePageList } from './name-lists.js';
import { recordsNamed } from './name-search.js';
import { sameName, uniqueById, type NamedCollection, type NamedRecord } from './names.js';

export { uniqueById, type NamedCollection, type NamedRecord } from './names.js';

/** From this many names of one kind, one unfiltered page is read first: it may answer them all. */
export const ONE_PAGE_THRESHOLD = 3;

/** Exact matches when there are any (the name exactly as typed), otherwise every same-name match. */
const preferExact = <T extends NamedRecord>(matches: T[], value: string): T[] => {
  const exact = matches.filter((item) => cleanText(item.attributes.name) === value);
  return exact.length > 0 ? exact : matches;
};

/** The error for a name several records share: it names each of them, not the value typed. */
const ambiguous = (
  kind: NamedCollection<NamedRecord>,
  value: string,
  matches: NamedRecord[],
  label: string,
): Error => {
  const problem = `${matches.length} ${kind.plural} match ${quote(value)}: `;
  const tail = '. Pick one from the list or map its ID.';
  const named = listing(
    matches.map((item) => `${quote(item.attributes.name)} (ID ${item.id})`),
    MAX_MESSAGE_LENGTH - `${label}: ${problem}${tail}`.length,
  );
  return invalidInput(label, `${problem}${named}${tail}`);
};

/** The one record among `matches`, null for none, or the ambiguity error. */
const pick = <T extends NamedRecord>(
  kind: NamedCollection<T>,
  value: string,
  matches: T[],
  label: string,
): T | null => {
  const chosen = preferExact(matches, value);
  if (chosen.length > 1) throw ambiguous(kind, value, chosen, label);
  return chosen[0] ?? null;
};

/**
 * The record a field value names: a UUID is fetched by ID, anything else is a name under the one
 * name rule (exact match preferred). Null when nothing matches; an error naming the field (and
 * the records) when several do.
 */
export const findNamed = async <T extends NamedRecord>(
  z: ZObject,
  kind: NamedCollection<T>,
  value: string,
  label: string,
  { fresh = false }: { fresh?: boolean } = {},
): Promise<T | null> => {
  if (isUuid(value)) return kind.findById(z, value.toLowerCase());
  return pick(kind, value, await recordsNamed(z, kind, value, { fresh }), label);
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
  kind: NamedCollection<T>,
  value: string,
  label: string,
): Promise<T> => {
  const record = await findNamed(z, kind, value, label);
  if (!record) throw notFoundInput(kind, value, label);
  return record;
};

/** From `ONE_PAGE_THRESHOLD` names on, the whole list when it fits in one page (1 request). */
const onePageIndex = <T extends NamedRecord>(
  z: ZObject,
  kind: NamedCollection<T>,
  names: number,
): Promise<T[] | undefined> =>
  names < ONE_PAGE_THRESHOLD ? Promise.resolve(undefined) : onePageList(z, kind);

/** What a value given for a list field named: a record, or none (and why). */
export interface Found<T> {
  ref: string;
  record: T | null;
  /** The value has commas, and neither it nor all of its comma-separated parts name records. */
  commas: boolean;
}

/** The parts of a value a list field may have got comma-joined ("Sales,Support"). */
const commaParts = (value: string): string[] =>
  value
    .split(',')
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

/**
 * Finds several values at once (IDs and names), in parallel (the client bounds how many requests
 * are in flight, and paces them). From 3 names on, a school with at most 100 of these records is
 * answered by one request. A value with commas is one name when a record has it ("Acme, Inc."),
 * otherwise several when every part names a record ("Sales,Support"); otherwise it names none,
 * and says so, because neither reading is safe to act on.
 */
export const findAllNamed = async <T extends NamedRecord>(
  z: ZObject,
  kind: NamedCollection<T>,
  values: string[],
  label: string,
): Promise<Found<T>[]> => {
  const index = await onePageIndex(z, kind, values.filter((value) => !isUuid(value)).length);
  const find = (value: string) =>
    index && !isUuid(value)
      ? Promise.resolve(pick(kind, value, sameName(index, value), label))
      : findNamed(z, kind, value, label);
  const each = await whenAll<Found<T>[][]>(
    values.map(async (value): Promise<Found<T>[]> => {
      const record = await find(value);
      const parts = commaParts(value);
      if (record || parts.length < 2) return [{ ref: value, record, commas: false }];
      const records = await whenAll<(T | null)[]>(parts.map(find));
      return records.every((part) => part !== null)
        ? parts.map((ref, at) => ({ ref, record: records[at] ?? null, commas: false }))
        : [{ ref: value, record: null, commas: true }];
    }),
  );
  return each.flat();
};

/** The error for a comma-joined value neither reading of which names records. */
export const commaValue = (
  kind: { noun: string; plural: string },
  value: string,
  label: string,
): Error =>
  invalidInput(
    label,
    `no ${kind.noun} is named ${quote(value)}, and its comma-separated parts are not all ${kind.plural}. Map each ${kind.noun} as its own item, or map the ID of a ${kind.noun} whose name has a comma.`,
  );

/** Like `findAllNamed`, but every value must name a record; the first that does not is the error. */
export const resolveAllNamed = async <T extends NamedRecord>(
  z: ZObject,
  kind: NamedCollection<T>,
  values: string[],
  label: string,
): Promise<T[]> => {
  const found = await findAllNamed(z, kind, values, label);
  const missing = found.find((entry) => !entry.record);
  if (missing) {
    throw missing.commas
      ? commaValue(kind, missing.ref, label)
      : notFoundInput(kind, missing.ref, label);
  }
  return uniqueById(found.flatMap((entry) => (entry.record ? [entry.record] : [])));
};
