import zapier from 'zapier-platform-core';
import { z as zod } from 'zod';

/** Zapier shows about 250 characters of an error message. */
export const MAX_MESSAGE_LENGTH = 250;

export const truncate = (text: string, length: number): string =>
  text.length > length ? `${text.slice(0, length - 3).trimEnd()}...` : text;

/** An error the Zap builder must act on: core's AppError (never contextified by core), at most
 * as long as Zapier shows. */
export const appError = (message: string, code: string, status: number): Error =>
  new zapier.errors.Error(truncate(message, MAX_MESSAGE_LENGTH), code, status);

/** A soft stop: the run ends without counting as a failure toward Zapier pausing the Zap. */
export const halted = (message: string): Error =>
  Object.assign(new zapier.errors.HaltedError(message), { doNotContextify: true });

const appErrorFieldsSchema = zod.object({
  message: zod.string(),
  code: zod.string().optional(),
  status: zod.number().optional(),
});

/** The fields of a core AppError, whose message is `{"message", "code", "status"}` as JSON. */
export const appErrorFields = (error: unknown) => {
  if (!(error instanceof Error) || error.name !== 'AppError') return undefined;
  try {
    const parsed = appErrorFieldsSchema.safeParse(JSON.parse(error.message));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Puts `context` (what a multi-step action already did) in front of an error a person will read,
 * keeping the original reason whole. Throttling, halts and expired keys pass through unchanged:
 * Zapier handles those by retrying, stopping softly or asking to reconnect.
 */
export const withContext = (error: unknown, context: string): unknown => {
  const fields = appErrorFields(error);
  if (!fields) return error;
  const room = MAX_MESSAGE_LENGTH - fields.message.length - 1;
  const prefix =
    context.length > room ? `${context.slice(0, Math.max(0, room - 4))}... ` : `${context} `;
  return appError(`${prefix}${fields.message}`, fields.code ?? 'error', fields.status ?? 400);
};
