/**
 * The API key as it goes into the `X-Api-Key` header. Keys pasted from a web page or a chat often
 * carry invisible characters (zero-width spaces, a byte-order mark, soft hyphens) that no header
 * may hold; those are dropped. Whatever else is wrong is described, never echoed.
 */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

/** Printable ASCII with no spaces: what every Northpass key looks like. */
const PRINTABLE = /^[\x21-\x7E]+$/;

/** Longest key accepted: Northpass keys are far shorter. */
const MAX_KEY_LENGTH = 255;

export const cleanApiKey = (value: unknown): string =>
  typeof value === 'string' ? value.replace(INVISIBLE, '').trim() : '';

/** Why a (cleaned) key cannot be a Northpass API key, or undefined when it can. */
export const apiKeyProblem = (key: string): string | undefined => {
  if (key === '') return 'enter the API key from Northpass admin: Apps > API Access.';
  if (key.length > MAX_KEY_LENGTH) return 'this is too long to be a Northpass API key.';
  if (/\s/.test(key)) return 'a Northpass API key has no spaces; copy it again without extra text.';
  if (!PRINTABLE.test(key)) {
    return 'the key contains characters a Northpass API key never has (letters with accents, symbols or emoji). Copy it again from Northpass admin: Apps > API Access.';
  }
  return undefined;
};
