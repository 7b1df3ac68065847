import type { PlainInputField, ZObject } from 'zapier-platform-core';

import { whenAll } from './settle.js';

/**
 * An input field that reads its own value: what Zapier shows (key, label, help, dropdown), how a
 * value is checked (before any request; a problem names the label), and, for a field that points
 * at a record, how the value is resolved into it (with requests).
 */
export interface Field<K extends string = string, P = unknown, R = P> {
  readonly input: PlainInputField & { key: K; label: string };
  check(value: unknown, label: string): P;
  /** `inputs`: the operation's other checked values (a field whose reading depends on one). */
  resolve?(z: ZObject, value: P, label: string, inputs: Record<string, unknown>): Promise<R>;
}

/** A field whose value is used as checked. */
export const defineField = <const K extends string, P>(
  input: PlainInputField & { key: K; label: string },
  check: (value: unknown, label: string) => P,
): Field<K, P, P> => ({ input, check });

/** A field whose checked value names a record, found by `resolve`. */
export const defineReference = <const K extends string, P, R>(
  input: PlainInputField & { key: K; label: string },
  check: (value: unknown, label: string) => P,
  resolve: (z: ZObject, value: P, label: string, inputs: Record<string, unknown>) => Promise<R>,
): Field<K, P, R> => ({ input, check, resolve });

/**
 * The same reference, optional: a blank value (as `check` reads it, `undefined`) resolves to
 * `undefined` with no request; anything else is resolved as the required field resolves it.
 */
export const optionalReference = <const K extends string, P, R>(
  field: Field<K, P, R>,
  check: (value: unknown, label: string) => P | undefined,
): Field<K, P | undefined, R | undefined> => ({
  input: { ...field.input, required: false },
  check,
  resolve: (z, value, label, inputs) =>
    value === undefined || !field.resolve
      ? Promise.resolve(value as R | undefined)
      : field.resolve(z, value, label, inputs),
});

/**
 * The same field as an operation shows it (another key, label, help or requirement), reading its
 * value the same way; messages name the label the operation shows.
 */
export const showAs = <const K extends string, P, R>(
  field: Field<string, P, R>,
  input: Partial<PlainInputField> & { key: K; label?: string },
): Field<K, P, R> => ({ ...field, input: { ...field.input, ...input } });

type AnyField = Field<string, unknown, unknown>;

type Checked<F> = F extends Field<string, infer P, unknown> ? P : never;
type Resolved<F> = F extends Field<string, unknown, infer R> ? R : never;

export type CheckedInputs<F extends readonly AnyField[]> = {
  [X in F[number] as X['input']['key']]: Checked<X>;
};
export type ResolvedInputs<F extends readonly AnyField[]> = {
  [X in F[number] as X['input']['key']]: Resolved<X>;
};

/** Zapier's input field definitions, in the order given (required fields first, by convention). */
export const inputsOf = <const F extends readonly AnyField[]>(fields: F) =>
  fields.map((field) => field.input) as { -readonly [I in keyof F]: F[I]['input'] };

/** Every value checked, before any request: the first problem is an error naming its field. */
export const checkInputs = <const F extends readonly AnyField[]>(
  inputData: Record<string, unknown>,
  fields: F,
): CheckedInputs<F> =>
  Object.fromEntries(
    fields.map((field) => [
      field.input.key,
      field.check(inputData[field.input.key], field.input.label),
    ]),
  ) as CheckedInputs<F>;

/**
 * Every reference among checked inputs resolved into its record, in parallel (an operation that
 * starts other requests beside them checks first, then resolves).
 */
export const resolveInputs = async <const F extends readonly AnyField[]>(
  z: ZObject,
  checked: CheckedInputs<F>,
  fields: F,
): Promise<ResolvedInputs<F>> => {
  const values = await whenAll<unknown[]>(
    fields.map((field) =>
      field.resolve
        ? field.resolve(
            z,
            (checked as Record<string, unknown>)[field.input.key],
            field.input.label,
            checked,
          )
        : Promise.resolve((checked as Record<string, unknown>)[field.input.key]),
    ),
  );
  return Object.fromEntries(
    fields.map((field, index) => [field.input.key, values[index]]),
  ) as ResolvedInputs<F>;
};

/**
 * Every value checked (before any request), then every reference resolved into its record, in
 * parallel: the typed, resolved inputs of an operation.
 */
export const readInputs = async <const F extends readonly AnyField[]>(
  z: ZObject,
  inputData: Record<string, unknown>,
  fields: F,
): Promise<ResolvedInputs<F>> => resolveInputs(z, checkInputs(inputData, fields), fields);
