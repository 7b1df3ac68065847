import zapier from 'zapier-platform-core';

/** Zapier shows about 250 characters of an error message. */
export const MAX_MESSAGE_LENGTH = 250;

export const truncate = (text: string, length: number): string =>
  text.length > length ? `${text.slice(0, length - 3).trimEnd()}...` : text;

/**
 * "a", "a and b", "a, b and c": as many items as fit in `room` characters, then "and N more",
 * so a long list never pushes a message past what Zapier shows.
 */
export const listing = (items: readonly string[], room = Number.POSITIVE_INFINITY): string => {
  const join = (shown: readonly string[], rest: number): string => {
    const all = rest > 0 ? [...shown, `${rest} more`] : [...shown];
    return all.length <= 1
      ? (all[0] ?? '')
      : `${all.slice(0, -1).join(', ')} and ${all.at(-1) ?? ''}`;
  };
  for (let shown = items.length; shown > 1; shown -= 1) {
    const text = join(items.slice(0, shown), items.length - shown);
    if (text.length <= room) return text;
  }
  return join(items.slice(0, 1), items.length - 1);
};

/** An error the Zap builder must act on: core's AppError (never contextified by core), at most
 * as long as Zapier shows. */
export const appError = (message: string, code: string, status: number): Error =>
  new zapier.errors.Error(truncate(message, MAX_MESSAGE_LENGTH), code, status);

/** A soft stop: the run ends without counting as a failure toward Zapier pausing the Zap. */
export const halted = (message: string): Error =>
  Object.assign(new zapier.errors.HaltedError(truncate(message, MAX_MESSAGE_LENGTH)), {
    doNotContextify: true,
  });

/** Seconds Zapier waits before retrying a throttled step: `delay`, at most as long as Zapier shows. */
export const throttled = (message: string, delaySeconds: number): Error =>
  new zapier.errors.ThrottledError(truncate(message, MAX_MESSAGE_LENGTH), delaySeconds);

/**
 * The JSON object core puts in the message of its AppError and ThrottledError, when `error` is
 * that kind of error. Read by hand, not with zod: this module loads with the app's definitions
 * (src/lib/later.ts).
 */
const messageObject = (error: unknown, name: string): Record<string, unknown> | undefined => {
  if (!(error instanceof Error) || error.name !== name) return undefined;
  try {
    const parsed: unknown = JSON.parse(error.message);
    return typeof parsed === 'object' && parsed !== null
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
};

/** The fields of a core AppError, whose message is `{"message", "code", "status"}` as JSON. */
export const appErrorFields = (
  error: unknown,
): { message: string; code?: string; status?: number } | undefined => {
  const fields = messageObject(error, 'AppError');
  if (!fields || typeof fields.message !== 'string') return undefined;
  const { message, code, status } = fields;
  if (code !== undefined && typeof code !== 'string') return undefined;
  if (status !== undefined && typeof status !== 'number') return undefined;
  return {
    message,
    ...(code !== undefined ? { code } : {}),
    ...(status !== undefined ? { status } : {}),
  };
};

/** The message and delay of core's ThrottledError, whose message is `{"message", "delay"}`. */
const throttledFields = (error: unknown): { message: string; delay: number } | undefined => {
  const fields = messageObject(error, 'ThrottledError');
  return fields && typeof fields.message === 'string' && typeof fields.delay === 'number'
    ? { message: fields.message, delay: fields.delay }
    : undefined;
};

/** `context`, cut to leave `message` whole within what Zapier shows, then `message`. */
const prefixed = (context: string, message: string): string => {
  const room = MAX_MESSAGE_LENGTH - message.length - 1;
  const prefix =
    context.length > room ? `${context.slice(0, Math.max(0, room - 4))}... ` : `${context} `;
  return `${prefix}${message}`;
};

/**
 * Puts `context` (what a multi-step action already did) in front of an error a person will read,
 * keeping the original reason whole. A throttled step keeps its delay (Zapier still retries it);
 * halts and expired keys pass through unchanged: Zapier stops softly or asks to reconnect.
 */
export const withContext = (error: unknown, context: string): unknown => {
  const slowed = throttledFields(error);
  if (slowed) return throttled(prefixed(context, slowed.message), slowed.delay);
  const fields = appErrorFields(error);
  if (!fields) return error;
  return appError(prefixed(context, fields.message), fields.code ?? 'error', fields.status ?? 400);
};

/** Room left for the list of what was done in "Already done: …" before the reason. */
const DONE_ROOM = 110;

/**
 * The one way a step that changed something and then failed says so: "Already done: <what> <the
 * records>. Then it failed: <reason>", the records listed as far as they fit ("and N more").
 * `then` words the turn: "Not done:" for work the step finished as far as Northpass allows.
 */
export const afterPartialWork = (
  error: unknown,
  done: string,
  records: readonly string[] = [],
  then = 'Then it failed:',
): unknown => {
  const list = listing(records, DONE_ROOM - done.length);
  const what = [done, list].filter((part) => part !== '').join(' ');
  // where the whole would not fit, what was done is cut short, never the turn to what was not
  const reason = appErrorFields(error)?.message ?? throttledFields(error)?.message ?? '';
  const room = MAX_MESSAGE_LENGTH - reason.length - `Already done: . ${then} `.length;
  const shown =
    what.length <= room || room < 20 ? `${what}.` : `${what.slice(0, room - 3).trimEnd()}...`;
  return withContext(error, `Already done: ${shown} ${then}`);
};
