import type * as zod from 'zod/mini';

type FieldType = 'string' | 'datetime' | 'boolean' | 'integer' | 'number';

export interface OutputField {
  key: string;
  label: string;
  type?: FieldType;
  list?: boolean;
}

/**
 * Zapier's output fields from an output schema's keys and a label for each; the record type makes
 * a field the schema lacks, or a key without a label, a compile error.
 */
export const outputFieldsFor = <S extends zod.ZodMiniObject>(
  _schema: S,
  fields: { [K in keyof zod.infer<S>]-?: [label: string, type?: FieldType, list?: 'list'] },
): OutputField[] =>
  Object.entries(fields).map(
    ([key, [label, type, list]]: [string, [string, FieldType?, 'list'?]]) => ({
      key,
      label,
      ...(type ? { type } : {}),
      ...(list ? { list: true } : {}),
    }),
  );
