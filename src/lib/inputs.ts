import { appError } from './errors.js';

/** Longest value any text input may hold; names and emails stay well under it. */
export const MAX_TEXT_LENGTH = 255;

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID_PATTERN.test(value);

/**
 * A required field's value was blank. Zapier runs a step only when its required fields are
 * filled in, so a blank value is a mapping that was empty in this run.
 */
export const BLANK_MAPPED =
  "the value mapped here was empty in this run. Check the earlier step's field, or type a value.";

/** Raised before any request when an input cannot be used; the message names the field. */
export const invalidInput = (label: string, problem: string): Error =>
  appError(`${label}: ${problem}`, 'invalid_input', 400);

export const quote = (value: string): string =>
  value.length > 60 ? `"${value.slice(0, 57)}..."` : `"${value}"`;

/** NUL: removed outright, so "Ac\0me" stays one word. */
const NUL = /\0/g;
/** The other C0 and C1 control characters (tabs and line breaks among them): each becomes a space. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0001-\u001f\u007f-\u009f]/g;
/**
 * Invisible characters that change how text reads or compares: bidi marks, embeddings, overrides
 * and isolates, zero-width spaces, word joiners and byte-order marks. The zero-width joiner and
 * non-joiner stay: some scripts and emoji need them.
 */
const INVISIBLE = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * The one text cleaning, for every value sent to Northpass and both sides of every name match:
 * control characters become spaces (NUL is removed), invisible ones are removed, outer spaces are
 * trimmed and inner runs collapsed.
 */
export const cleanText = (value: string): string =>
  value.replace(NUL, '').replace(CONTROL, ' ').replace(INVISIBLE, '').trim().replace(/\s+/g, ' ');

/**
 * A text input as typed or mapped (a number is read as text), cleaned; a value that is not text,
 * is only invisible characters or is too long is an error naming the field. Plain code rather
 * than a zod schema: the fields load with the app's definitions, which stay free of zod
 * (src/lib/later.ts).
 */
const readText = (value: unknown, label: string): string => {
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw invalidInput(label, 'must be text.');
  }
  const raw = String(value);
  const cleaned = cleanText(raw);
  if (cleaned === '' && raw.trim() !== '') {
    throw invalidInput(label, 'holds only invisible or control characters; enter visible text.');
  }
  if (cleaned.length > MAX_TEXT_LENGTH) {
    throw invalidInput(label, `must be at most ${MAX_TEXT_LENGTH} characters.`);
  }
  return cleaned;
};

/** A text value with outer whitespace trimmed and inner runs collapsed; blank becomes undefined. */
export const optionalText = (value: unknown, label: string): string | undefined => {
  if (value === undefined || value === null) return undefined;
  const cleaned = readText(value, label);
  return cleaned === '' ? undefined : cleaned;
};

/** Like `optionalText`, but a blank value is an error. */
export const requiredText = (value: unknown, label: string): string => {
  const cleaned = optionalText(value, label);
  if (cleaned === undefined) throw invalidInput(label, BLANK_MAPPED);
  return cleaned;
};

/**
 * zod's email pattern, the check `zod.email()` makes (test/lib/inputs.test.ts keeps the two
 * equal): a copy, because the input checks load with the app's definitions, which need none of
 * zod (src/lib/later.ts).
 */
/* eslint-disable no-useless-escape -- zod's source, verbatim */
export const EMAIL_PATTERN =
  /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/* eslint-enable no-useless-escape */

/** A trimmed, lower-cased email address, or undefined when blank. */
export const optionalEmail = (value: unknown, label: string): string | undefined => {
  const cleaned = optionalText(value, label)?.toLowerCase();
  if (cleaned === undefined) return undefined;
  if (!EMAIL_PATTERN.test(cleaned)) {
    throw invalidInput(label, `${quote(cleaned)} is not a valid email address.`);
  }
  return cleaned;
};

export const requiredEmail = (value: unknown, label: string): string => {
  const cleaned = optionalEmail(value, label);
  if (cleaned === undefined) throw invalidInput(label, BLANK_MAPPED);
  return cleaned;
};

/** Line breaks of every kind a form or a spreadsheet sends. */
const LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/;

/**
 * A list input: Zapier sends an array (or one string when a single value is mapped). In a
 * required list a blank item is an error; an optional list ignores blank items. A line break
 * separates values within an item. Repeated items (ignoring case and spacing) are dropped, and
 * at most `max` items are accepted.
 */
export const textList = (
  value: unknown,
  label: string,
  { required, max }: { required: boolean; max: number },
): string[] => {
  const given = value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
  // a line break separates values (a multi-select answer, a cell with one name a line), before
  // any cleaning turns it into a space; blank lines between them are nothing
  const items = given.flatMap((item: unknown) => {
    if (typeof item !== 'string' || !LINE_BREAK.test(item)) return [item];
    const lines = item.split(LINE_BREAK).filter((line) => line.trim() !== '');
    return lines.length > 0 ? lines : [item];
  });
  const cleaned = items.flatMap((item, index) => {
    const entry = optionalText(item, label);
    if (entry === undefined && !required) return [];
    if (entry === undefined) {
      throw invalidInput(label, items.length === 1 ? BLANK_MAPPED : `item ${index + 1} is blank.`);
    }
    return [entry];
  });
  if (cleaned.length === 0 && required) throw invalidInput(label, BLANK_MAPPED);
  const seen = new Set<string>();
  const unique = cleaned.filter((entry) => {
    const key = entry.toLowerCase();
    return seen.has(key) ? false : (seen.add(key), true);
  });
  if (unique.length > max) {
    throw invalidInput(
      label,
      `at most ${max} values fit in one step; this step has ${unique.length}.`,
    );
  }
  return unique;
};

const booleanWords: Record<string, boolean> = {
  true: true,
  yes: true,
  y: true,
  '1': true,
  on: true,
  false: false,
  no: false,
  n: false,
  '0': false,
  off: false,
};

/** Zapier booleans arrive as booleans or as words such as "yes" and "false". */
export const booleanInput = (value: unknown, label: string, fallback: boolean): boolean => {
  if (typeof value === 'boolean') return value;
  const word = optionalText(value, label)?.toLowerCase();
  if (word === undefined) return fallback;
  const parsed = booleanWords[word];
  if (parsed === undefined) throw invalidInput(label, `${quote(word)} is not yes or no.`);
  return parsed;
};

/** Most groups or courses one step accepts: keeps a step inside Zapier's 30 s and the rate limit. */
export const MAX_LIST_ITEMS = 25;

/** A yes/no field's value, with its default when left blank. */
export const booleanWithDefault =
  (fallback: boolean) =>
  (value: unknown, label: string): boolean =>
    booleanInput(value, label, fallback);

/** A whole number between `min` and `max`, with its default when left blank. */
export const wholeNumberWithDefault =
  (fallback: number, { min, max }: { min: number; max: number }) =>
  (value: unknown, label: string): number => {
    const text = typeof value === 'number' ? String(value) : optionalText(value, label);
    if (text === undefined) return fallback;
    const number = Number(text);
    if (!Number.isInteger(number) || number < min || number > max) {
      throw invalidInput(
        label,
        `enter a whole number from ${min} to ${max}; ${quote(text)} is not.`,
      );
    }
    return number;
  };
