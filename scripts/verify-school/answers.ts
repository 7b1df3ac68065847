import type { HttpResponse, ZObject } from 'zapier-platform-core';

import { northpassReason } from '../../src/client/reason.js';
import { northpassRequest, type NorthpassCall } from '../../src/client/request.js';
import type { QuestionId } from '../../src/questions/index.js';
import { questionOf, type ProbeKey } from './probes.js';

/** What one probe found: the question it asked, what this school answered, what the app does. */
export interface Finding {
  key: ProbeKey;
  question: string;
  /** A short machine-readable finding, e.g. `honoured`, `ignored`, `refused`. */
  finding: string;
  answer: string;
  app: string;
}

/** A finding with the id of the registry question (src/questions/) it answers. */
export interface Verdict extends Finding {
  id: QuestionId;
}

/** The verdict of a finding. */
export const verdictOf = (finding: Finding): Verdict => ({
  ...finding,
  id: questionOf(finding.key),
});

/** Every status but 429 comes back as an answer (429 is waited out by the client). */
const ANSWERS = [
  ...Array.from({ length: 200 }, (_, index) => 300 + index).filter((status) => status !== 429),
];

export interface Answer {
  status: number;
  data: unknown;
  reason: string | undefined;
  response: HttpResponse;
}

/** Sends a probe and returns Northpass's answer, whatever its status. */
export const ask = async (z: ZObject, call: NorthpassCall): Promise<Answer> => {
  const response = await northpassRequest(z, { retry: false, ...call, expect: ANSWERS });
  return {
    status: response.status,
    data: response.data,
    reason: northpassReason(response),
    response,
  };
};

export const isSuccess = (status: number) => status >= 200 && status < 300;

/** "HTTP 422 (Email has already been taken)" */
export const described = (answer: Answer): string =>
  `HTTP ${answer.status}${answer.reason ? ` (${answer.reason})` : ''}`;

/** The records of a list answer, each with its id, attributes and relationships. */
export interface Listed {
  id: string;
  attributes: Record<string, unknown>;
  relationships?: Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const listed = (answer: Answer): Listed[] => {
  const data = isRecord(answer.data) ? answer.data.data : undefined;
  if (!Array.isArray(data)) return [];
  return data.flatMap((item: unknown) =>
    isRecord(item) && typeof item.id === 'string' && isRecord(item.attributes)
      ? [
          {
            id: item.id,
            attributes: item.attributes,
            ...(isRecord(item.relationships) ? { relationships: item.relationships } : {}),
          },
        ]
      : [],
  );
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
  listed({ ...answer, data: { data: [isRecord(answer.data) ? answer.data.data : undefined] } })[0];

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
export type Probe = (z: ZObject) => Promise<Finding | undefined>;

/** A record's date attribute in ms; NaN when it has none. */
export const time = (record: { attributes: Record<string, unknown> }, key: string) => {
  const value = record.attributes[key];
  return typeof value === 'string' ? Date.parse(value) : Number.NaN;
};

/**
 * Is `sort` honoured on a list? The list is read sorted both ways: honoured, the two pages
 * differ in order; ignored, they are the same page.
 */
export const sortProbe =
  (key: ProbeKey, question: string, path: string, field: string, app: [string, string]): Probe =>
  async (z) => {
    const newest = await ask(z, { path, params: { limit: 100, sort: `-${field}` } });
    if (newest.status === 400) {
      return {
        key,
        question,
        finding: 'refused',
        answer: `refused: ${described(newest)}`,
        app: app[1],
      };
    }
    const oldest = await ask(z, { path, params: { limit: 100, sort: field } });
    const dated = (records: ReturnType<typeof listed>) =>
      records.filter((record) => Number.isFinite(time(record, field)));
    const down = dated(listed(newest));
    const up = dated(listed(oldest));
    if (new Set(down.map((record) => time(record, field))).size < 2) return undefined;
    const honoured =
      time(down[0] ?? { attributes: {} }, field) >=
        time(down.at(-1) ?? { attributes: {} }, field) && down[0]?.id !== up[0]?.id;
    return honoured
      ? {
          key,
          question,
          finding: 'honoured',
          answer: `\`sort=-${field}\` is honoured`,
          app: app[0],
        }
      : {
          key,
          question,
          finding: 'ignored',
          answer: '`sort` is ignored: the same order either way',
          app: app[1],
        };
  };
