/**
 * Mappings in a Zap file's inputs: `{{trigger.field}}` and `{{step_id.field}}`, with the field
 * named as the app sends it. Real apps send keys with spaces (`First Name`), `$` (`COL$A`),
 * underscores (`answers__3`) and dots that are part of the key (`person.email`): a field is the
 * whole text after the step id, and a dotted one is the literal key when the output has it,
 * otherwise a walk into nested objects (and lists, by index). A field the output does not have is
 * always an error that names it and the fields there are, closest first; never a silent blank.
 */
import { preview, ZapFileError } from './zap-file.ts';

// a key may hold any character but braces' pairs, a line break included
const FIELD = String.raw`((?:(?!}}|{{)[\s\S])+?)`;
const MAPPING = new RegExp(String.raw`{{\s*([\w-]+)\.${FIELD}}}`, 'g');
const WHOLE = new RegExp(String.raw`^{{\s*([\w-]+)\.${FIELD}}}$`);
/** What is left of a mapping that is not one: `{{trigger}}`, `{{ email }}`. */
const BROKEN = /{{(?:(?!}}|{{)[\s\S])*}}/;

/** Fields a message lists (closest first), and paths read to find them. */
const LISTED = 5;
const MAX_PATHS = 1_000;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A container's own entry: a record's own key, or a list's index (never `length`). */
const ownEntry = (container: unknown, key: string): { value: unknown } | undefined => {
  if (Array.isArray(container))
    return /^(0|[1-9]\d*)$/.test(key) && Number(key) < container.length
      ? { value: container[Number(key)] }
      : undefined;
  return isRecord(container) && Object.hasOwn(container, key)
    ? { value: container[key] }
    : undefined;
};

/**
 * The value `field` names in `output`: the literal key first; else the longest key before a dot,
 * then the rest inside it (shorter ones after, if that fails). Dead ends are remembered, so no
 * payload makes the walk slow.
 */
export const lookUp = (output: unknown, field: string): { value: unknown } | undefined => {
  const failed = new Map<object, Set<number>>();
  const walk = (node: unknown, from: number): { value: unknown } | undefined => {
    if (typeof node !== 'object' || node === null) return undefined;
    if (failed.get(node)?.has(from)) return undefined;
    const literal = ownEntry(node, field.slice(from));
    if (literal) return literal;
    for (let dot = field.lastIndexOf('.'); dot > from; dot = field.lastIndexOf('.', dot - 1)) {
      const inner = ownEntry(node, field.slice(from, dot));
      const found = inner && walk(inner.value, dot + 1);
      if (found) return found;
    }
    failed.set(node, (failed.get(node) ?? new Set()).add(from));
    return undefined;
  };
  return walk(output, 0);
};

/** Every field a mapping could name in `output` (nested ones dotted), breadth first, capped. */
const fieldsOf = (output: Record<string, unknown>): { fields: string[]; all: boolean } => {
  const queue: [string, unknown][] = Object.entries(output).slice(0, MAX_PATHS);
  let all = queue.length === Object.keys(output).length;
  for (let index = 0; index < queue.length; index += 1) {
    const [path, value] = queue[index] ?? ['', undefined];
    if (typeof value !== 'object' || value === null) continue;
    for (const key of Object.keys(value)) {
      if (queue.length >= MAX_PATHS) {
        all = false;
        break;
      }
      queue.push([`${path}.${key}`, (value as Record<string, unknown>)[key]]);
    }
  }
  // a literal dotted key and a nested one can read the same: listed once
  return { fields: [...new Set(queue.map(([path]) => path))], all };
};

/** Edit distance, ignoring letter case, on at most the first 100 characters of each. */
const distance = (a: string, b: string): number => {
  const [left, right] = [a.slice(0, 100).toLowerCase(), b.slice(0, 100).toLowerCase()];
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= right.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (left[i - 1] === right[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
};

const quote = (text: string): string => JSON.stringify(preview(text, 60));

/** `It has: "First Name", "Last Name" and 3 more (closest first).` */
const fieldsNear = (output: Record<string, unknown>, field: string): string => {
  const { fields, all } = fieldsOf(output);
  if (fields.length === 0) return 'It has no fields.';
  const closest = fields
    .map((name, order) => ({ name, order, distance: distance(name, field) }))
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, LISTED)
    .map(({ name }) => quote(name));
  const more = fields.length - closest.length;
  const list =
    more > 0 || !all
      ? `${closest.join(', ')} and ${more}${all ? '' : '+'} more`
      : closest.join(', ');
  return `It has: ${list}${fields.length > 1 ? ' (closest first)' : ''}.`;
};

export type StepData = Record<string, Record<string, unknown>>;

/** The value `{{step.field}}` maps, or the error that says why it maps nothing. */
const read = (
  data: StepData,
  step: string,
  field: string,
  where: { step: string; field: string },
): unknown => {
  const at = `Step "${where.step}", field "${where.field}": {{${step}.${preview(field.trimEnd(), 60)}}}`;
  // own keys only: `{{trigger.constructor}}` names nothing, not an inherited function
  const output = Object.hasOwn(data, step) ? data[step] : undefined;
  if (!output) throw new ZapFileError(`${at} names no earlier step.`);
  // `{{ trigger.email }}` names "email"; a key that ends in spaces ("Name ") is found as written
  const found = lookUp(output, field) ?? lookUp(output, field.trimEnd());
  if (!found) {
    const key = field.trimEnd();
    throw new ZapFileError(
      `${at} names nothing: "${step}" has no field ${quote(key)}. ${fieldsNear(output, key)}`,
    );
  }
  return found.value;
};

/**
 * Fills `{{step.field}}` mappings in a step's input; a value that is one whole mapping keeps its
 * type (a list stays a list), a mapping inside text joins a list with commas (as Zapier does). A
 * mapping that names no earlier step, or a field that step did not output, is an error that
 * names both.
 */
export const fillMappings = (
  value: unknown,
  data: StepData,
  where: { step: string; field: string },
): unknown => {
  if (Array.isArray(value)) return value.map((item) => fillMappings(item, data, where));
  if (isRecord(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, fillMappings(item, data, where)]),
    );
  }
  if (typeof value !== 'string') return value;
  const whole = WHOLE.exec(value);
  if (whole) return read(data, whole[1] ?? '', whole[2] ?? '', where) ?? '';
  const broken = BROKEN.exec(value.replace(MAPPING, ''));
  if (broken) {
    throw new ZapFileError(
      `Step "${where.step}", field "${where.field}": ${preview(broken[0], 60)} is not a mapping: write {{trigger.field}} or {{step_id.field}}.`,
    );
  }
  return value.replace(MAPPING, (_match, step: string, field: string) => {
    const mapped = read(data, step, field, where);
    return Array.isArray(mapped)
      ? mapped.join(',')
      : typeof mapped === 'string' || typeof mapped === 'number' || typeof mapped === 'boolean'
        ? String(mapped)
        : '';
  });
};
