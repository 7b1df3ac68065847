/**
 * A Zap file (`*.zap.json`): what a form tool or CRM sends (the trigger's sample), then steps:
 * an action or a search (`operation`, with `input` mapping `{{trigger.field}}` or
 * `{{step_id.field}}`; a search may `create_if_not_found`, as Zapier's search-or-create does),
 * or a `filter` that lets the Zap go on only when a mapped value equals, contains or has
 * something. A file may bring its own school (zap-school.ts). Bad files are refused with a
 * message that names the step and field.
 */
import { readFileSync } from 'node:fs';

import * as zod from 'zod';

import { schoolSchema } from './zap-school.ts';

const inputSchema = zod.record(zod.string(), zod.unknown());
const stepId = zod.string().regex(/^[\w-]+$/, 'a step id is letters, digits, - and _');

const actionStepSchema = zod.strictObject({
  id: stepId,
  operation: zod.string(),
  input: inputSchema.default({}),
  create_if_not_found: zod.boolean().optional(),
});

/**
 * A step in another app (a CRM update, a sheet row): not run here; the runner fills its
 * mappings and shows what it would receive, so a mapping to a field no step outputs is caught.
 */
const otherAppStepSchema = zod.strictObject({
  id: stepId,
  app: zod.string(),
  action: zod.string(),
  input: inputSchema.default({}),
});

const filterStepSchema = zod.strictObject({
  id: stepId,
  filter: zod
    .strictObject({
      value: zod.string(),
      equals: zod.string().optional(),
      contains: zod.string().optional(),
      exists: zod.boolean().optional(),
    })
    .refine(
      (filter) =>
        [filter.equals, filter.contains, filter.exists].some((test) => test !== undefined),
      'a filter needs equals, contains or exists',
    ),
});

const zapSchema = zod.strictObject({
  name: zod.string(),
  trigger: zod.strictObject({
    app: zod.string(),
    event: zod.string(),
    sample: inputSchema,
  }),
  steps: zod.array(zod.union([actionStepSchema, otherAppStepSchema, filterStepSchema])).min(1),
  /** the school this file runs against, instead of the default sandbox school */
  school: schoolSchema.optional(),
});

export type Zap = zod.infer<typeof zapSchema>;
export type ZapStep = Zap['steps'][number];
export type ActionStep = zod.infer<typeof actionStepSchema>;
export type FilterStep = zod.infer<typeof filterStepSchema>;
export type OtherAppStep = zod.infer<typeof otherAppStepSchema>;

export const isFilter = (step: ZapStep): step is FilterStep => 'filter' in step;
export const isOtherApp = (step: ZapStep): step is OtherAppStep => 'app' in step;

/** A Zap file that cannot be run, with a sentence that says where. */
export class ZapFileError extends Error {
  override readonly name = 'ZapFileError';
}

/** Where a schema problem is, in the words of a Zap file: `step "group", field "input"`. */
const where = (data: unknown, path: PropertyKey[]): string => {
  const [first, index, ...rest] = path;
  if (first === 'school' && typeof rest[0] === 'number') {
    // `school, learner 2, field "groups"`
    const [list, at, field] = [String(index), rest[0], rest[1]];
    const record = `school, ${list.replace(/s$/, '')} ${at + 1}`;
    return field === undefined ? record : `${record}, field "${String(field)}"`;
  }
  if (first !== 'steps' || typeof index !== 'number')
    return path.map(String).join('.') || 'the file';
  const steps = (data as { steps?: { id?: unknown }[] }).steps;
  const id = steps?.[index]?.id;
  const step = typeof id === 'string' ? `step "${id}"` : `step ${index + 1}`;
  return rest.length > 0 ? `${step}, field "${rest.map(String).join('.')}"` : step;
};

/** A Zap file holds one sample from a form or CRM: a larger file is a mistake, not a Zap. */
export const MAX_ZAP_FILE_BYTES = 1_000_000;
/** Deepest nesting of objects and lists accepted: real payloads stay far below it. */
export const MAX_ZAP_DEPTH = 50;
/** Longest piece of a file's own text a message quotes. */
const PREVIEW_LENGTH = 80;

export const preview = (text: string, length = PREVIEW_LENGTH): string =>
  text.length > length ? `${text.slice(0, length - 3)}...` : text;

/** How deeply `data` nests, counted without recursion (so no depth can overflow the stack). */
const depthOf = (data: unknown): number => {
  let deepest = 0;
  const stack: [unknown, number][] = [[data, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() ?? [undefined, 0];
    if (typeof value !== 'object' || value === null) continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_ZAP_DEPTH) return deepest;
    for (const item of Object.values(value)) stack.push([item, depth + 1]);
  }
  return deepest;
};

/** Reads and checks a Zap file. */
export const loadZap = (path: string | URL): Zap => {
  let data: unknown;
  try {
    const text = readFileSync(path, 'utf8');
    const bytes = Buffer.byteLength(text);
    if (bytes > MAX_ZAP_FILE_BYTES) {
      throw new ZapFileError(
        `${String(path)} is ${(bytes / 1_000_000).toFixed(1)} MB; a Zap file holds at most 1 MB (one sample, not a data set).`,
      );
    }
    data = JSON.parse(text);
  } catch (error) {
    if (error instanceof ZapFileError) throw error;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ZapFileError(`${String(path)} is not a readable JSON file: ${preview(reason ?? '')}`);
  }
  if (depthOf(data) > MAX_ZAP_DEPTH) {
    throw new ZapFileError(
      `${String(path)} nests objects or lists more than ${MAX_ZAP_DEPTH} levels deep; no form or CRM sends that.`,
    );
  }
  const parsed = zapSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ZapFileError(
      `${String(path)}: ${where(data, issue?.path ?? [])}: ${issue?.message ?? 'not a Zap'}.`,
    );
  }
  const ids = new Set<string>(['trigger']);
  for (const step of parsed.data.steps) {
    if (ids.has(step.id))
      throw new ZapFileError(`${String(path)}: two steps are called "${step.id}".`);
    ids.add(step.id);
  }
  return parsed.data;
};
