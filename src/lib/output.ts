type FieldType = 'string' | 'datetime' | 'boolean' | 'integer' | 'number';

export interface OutputField {
  key: string;
  label: string;
  type?: FieldType;
  list?: boolean;
}

/** A line-items output: one field whose value is a list of records, each with these fields. */
export type LineItemsField = OutputField & { children: OutputField[] };

type FieldsOf<T> = { [K in keyof T]-?: [label: string, type?: FieldType, list?: 'list'] };

/**
 * Zapier's output fields from an output type's keys and a label for each:
 * `outputFieldsFor<GroupOutput>({ id: ['Group ID'], … })`. The record type makes a field the
 * output lacks, or a key without a label, a compile error. It takes the type, not the output
 * schema, so the bundle leaves out the schemas, which only tests and types use.
 */
export const outputFieldsFor = <T extends object = never>(
  fields: [T] extends [never] ? 'name the output type: outputFieldsFor<Output>(…)' : FieldsOf<T>,
): OutputField[] =>
  Object.entries(fields).map(
    ([key, [label, type, list]]: [string, [string, FieldType?, 'list'?]]) => ({
      key,
      label,
      ...(type ? { type } : {}),
      ...(list ? { list: true } : {}),
    }),
  );
