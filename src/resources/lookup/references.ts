import type { ZObject } from 'zapier-platform-core';

import { listing, MAX_MESSAGE_LENGTH } from '../../lib/errors.js';
import { cleanText, invalidInput, isUuid, quote } from '../../lib/inputs.js';
import { whenAll } from '../../lib/settle.js';
import { onePageList } from './name-lists.js';
import { commaParts, SPLIT_LABEL, type SplitMode } from './split.js';
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
  /**
   * The value has commas, no record has the whole of it, and some of its parts name records
   * while others do not: neither reading is safe to act on (split mode `auto`).
   */
  mixed?: { named: string[]; missing: string[] };
}

/**
 * Finds several values at once (IDs and names), in parallel (the client bounds how many requests
 * are in flight, and paces them). From 3 names on, a school with at most 100 of these records is
 * answered by one request. A value with commas, by `mode`: `never`, one name; `split`, one name
 * a part; `auto`, one name when a record has it ("Acme, Inc.") or when no part names a record
 * (a name still to create), several when every part names a record ("Sales,Support"), and
 * `mixed` otherwise.
 */
export const findAllNamed = async <T extends NamedRecord>(
  z: ZObject,
  kind: NamedCollection<T>,
  values: string[],
  label: string,
  mode: SplitMode = 'auto',
): Promise<Found<T>[]> => {
  const names =
    mode === 'split'
      ? values.flatMap((value) => (isUuid(value) ? [value] : commaParts(value)))
      : values;
  const index = await onePageIndex(z, kind, names.filter((value) => !isUuid(value)).length);
  const find = (value: string) =>
    index && !isUuid(value)
      ? Promise.resolve(pick(kind, value, sameName(index, value), label))
      : findNamed(z, kind, value, label);
  const each = await whenAll<Found<T>[][]>(
    names.map(async (value): Promise<Found<T>[]> => {
      const record = await find(value);
      const parts = commaParts(value);
      if (record || parts.length < 2 || mode !== 'auto') return [{ ref: value, record }];
      const records = await whenAll<(T | null)[]>(parts.map(find));
      const named = parts.filter((_, at) => records[at]);
      if (named.length === parts.length) {
        return parts.map((ref, at) => ({ ref, record: records[at] ?? null }));
      }
      if (named.length === 0) return [{ ref: value, record: null }];
      const missing = parts.filter((_, at) => !records[at]);
      return [{ ref: value, record: null, mixed: { named, missing } }];
    }),
  );
  return each.flat();
};

/**
 * The error for a comma-joined value whose parts are partly records, partly not, with advice
 * that works in the Commas in Names field (`creates`: missing names would be created).
 */
export const mixedValue = (
  kind: { noun: string; plural: string },
  value: string,
  mixed: { named: string[]; missing: string[] },
  label: string,
  creates = false,
): Error => {
  const is = (names: string[]) => (names.length === 1 ? 'is' : 'are');
  const advice = creates
    ? `Choose Split in ${SPLIT_LABEL} to create the missing ${kind.plural}, or Never if the whole value is one name.`
    : `Choose Never in ${SPLIT_LABEL} if the whole value is one name, or correct the parts.`;
  const what = mixed.named.length === 1 ? `a ${kind.noun}` : kind.plural;
  return invalidInput(
    label,
    `${quote(value)} has commas: ${listing(mixed.named.map(quote))} ${is(mixed.named)} ${what} but ${listing(mixed.missing.map(quote))} ${is(mixed.missing)} not, so nothing was changed. ${advice}`,
  );
};

/** Like `findAllNamed`, but every value must name a record; the first that does not is the error. */
export const resolveAllNamed = async <T extends NamedRecord>(
  z: ZObject,
  kind: NamedCollection<T>,
  values: string[],
  label: string,
  mode: SplitMode = 'auto',
): Promise<T[]> => {
  const found = await findAllNamed(z, kind, values, label, mode);
  const missing = found.find((entry) => !entry.record);
  if (missing) {
    throw missing.mixed
      ? mixedValue(kind, missing.ref, missing.mixed, label)
      : notFoundInput(kind, missing.ref, label);
  }
  return uniqueById(found.flatMap((entry) => (entry.record ? [entry.record] : [])));
};
