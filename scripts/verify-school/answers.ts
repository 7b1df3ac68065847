import { questions, type QuestionId } from '../../src/questions/index.js';
import type { Answer, Call, Client } from './client.js';
import { questionOf, type ProbeKey } from './probes.js';

export type { Answer } from './client.js';

/**
 * What a probe's answer means for the app: it works as hoped (`ok`), works with more requests
 * (`slower`), was not asked because it needs writes (`not-asked`), or some operations cannot
 * work (`not-available`).
 */
export type Effect = 'ok' | 'slower' | 'not-asked' | 'not-available';

/** What one probe found. */
export interface Finding {
  key: ProbeKey;
  /** The question in plain words. */
  asked: string;
  /** A short machine-readable finding, e.g. `honoured`, `ignored`, `refused-422`. */
  finding: string;
  /** What Northpass answered, in plain words. */
  answer: string;
  effect: Effect;
  /** slower: the cost in requests; not-available: what fails; ok: a note, if any. */
  note?: string;
  /** not-available: the operations (keys) that cannot work; the registry's unless told. */
  operations?: readonly string[];
}

/** A finding with the registry question (src/questions/) it answers. */
export interface Verdict extends Finding {
  id: QuestionId;
  operations: readonly string[];
}

const registry = new Map<string, { operations: { keys: readonly string[] } }>(
  questions.map((question) => [question.id, question]),
);

/** The verdict of a finding: its question id, and the operations it leaves out. */
export const verdictOf = (finding: Finding): Verdict => {
  const id = questionOf(finding.key);
  const keys = finding.operations ?? registry.get(id)?.operations.keys ?? [];
  return {
    ...finding,
    id,
    operations: finding.effect === 'not-available' || finding.effect === 'not-asked' ? keys : [],
  };
};

/** Sends a probe request and returns Northpass's answer, whatever its status. */
export const ask = (client: Client, call: Call): Promise<Answer> => client.ask(call);

export const isSuccess = (status: number) => status >= 200 && status < 300;

/** "HTTP 422 (Email has already been taken)" */
export const described = (answer: Answer): string =>
  `HTTP ${answer.status}${answer.reason ? ` (“${answer.reason}”)` : ''}`;

/** A record of a list or single answer: its id, attributes and relationships. */
export interface Listed {
  id: string;
  attributes: Record<string, unknown>;
  relationships?: Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const asListed = (item: unknown): Listed[] =>
  isRecord(item) && typeof item.id === 'string' && isRecord(item.attributes)
    ? [
        {
          id: item.id,
          attributes: item.attributes,
          ...(isRecord(item.relationships) ? { relationships: item.relationships } : {}),
        },
      ]
    : [];

/** The records of a list answer (none for anything but a 2xx list). */
export const listed = (answer: Answer): Listed[] => {
  const data = isSuccess(answer.status) && isRecord(answer.data) ? answer.data.data : undefined;
  return Array.isArray(data) ? data.flatMap(asListed) : [];
};

/** The `links.next` of a list answer, if any. */
export const nextLink = (answer: Answer): string | undefined => {
  const links = isRecord(answer.data) ? answer.data.links : undefined;
  return isRecord(links) && typeof links.next === 'string' ? links.next : undefined;
};

/** The `included` resources of a list answer. */
export const included = (answer: Answer): unknown[] => {
  const value = isRecord(answer.data) ? answer.data.included : undefined;
  return Array.isArray(value) ? value : [];
};

/** The `data` resource of a single-record answer. */
export const single = (answer: Answer): Listed | undefined =>
  isSuccess(answer.status) && isRecord(answer.data) ? asListed(answer.data.data)[0] : undefined;

/** Ids in a to-many relationship's `data`, or undefined when it has none. */
export const relationshipIds = (record: Listed | undefined, name: string): string[] | undefined => {
  const relationship = record?.relationships?.[name];
  const data = isRecord(relationship) ? relationship.data : undefined;
  return Array.isArray(data)
    ? data.flatMap((item: unknown) =>
        isRecord(item) && typeof item.id === 'string' ? [item.id] : [],
      )
    : undefined;
};

/** A probe that needs records the school may not have answers undefined, to be asked again later. */
export type Probe = (client: Client) => Promise<Finding | undefined>;

/** A record's date attribute in ms; NaN when it has none. */
export const time = (record: { attributes: Record<string, unknown> }, key: string) => {
  const value = record.attributes[key];
  return typeof value === 'string' ? Date.parse(value) : Number.NaN;
};

/** Whether `sort` is honoured on a list: `honoured`, `ignored`, `refused`, or undefined (cannot tell). */
export const sortFinding = async (
  client: Client,
  path: string,
  field: string,
): Promise<{ finding: 'honoured' | 'ignored' | 'refused'; refusal?: Answer } | undefined> => {
  const newest = await ask(client, { path, params: { limit: 100, sort: `-${field}` } });
  if (newest.status === 400) return { finding: 'refused', refusal: newest };
  const oldest = await ask(client, { path, params: { limit: 100, sort: field } });
  const dated = (records: Listed[]) =>
    records.filter((record) => Number.isFinite(time(record, field)));
  const down = dated(listed(newest));
  const up = dated(listed(oldest));
  if (new Set(down.map((record) => time(record, field))).size < 2) return undefined;
  const honoured =
    time(down[0] ?? { attributes: {} }, field) >= time(down.at(-1) ?? { attributes: {} }, field) &&
    down[0]?.id !== up[0]?.id;
  return { finding: honoured ? 'honoured' : 'ignored' };
};
