import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import { startSandbox, SANDBOX_API_KEY, type Sandbox } from '../../sandbox/server.ts';
import type { Switches } from '../../sandbox/store.ts';
import { performer } from '../perform.js';

const tester = performer(SANDBOX_API_KEY);

/** Runs a perform against the sandbox through core's app tester, with the sandbox key (or another). */
export const { run: runOnSandbox } = tester;

/** A JSON:API resource object as the sandbox serves it. */
export interface Item {
  id: string;
  type: string;
  attributes: Record<string, unknown>;
  relationships?: Record<string, unknown>;
  links?: Record<string, unknown>;
}

/** A response: status, headers, and the body as JSON when it is JSON, otherwise as text. */
export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

export interface CallOptions {
  method?: string;
  /** sent as JSON; a string is sent as it is */
  body?: unknown;
  /** the API key (the sandbox's unless told; null for none) */
  key?: string | null;
}

/**
 * Starts a seeded sandbox for the test file on an ephemeral loopback port, points the app at it,
 * and gives each test a fresh school and the starting switches.
 */
export const useSandbox = ({ switches = {} }: { switches?: Partial<Switches> } = {}) => {
  let sandbox: Sandbox | undefined;
  const current = (): Sandbox => {
    if (!sandbox) throw new Error('the sandbox has not started');
    return sandbox;
  };
  beforeAll(async () => {
    sandbox = await startSandbox({ switches });
    process.env.NORTHPASS_API_URL = sandbox.url;
  });
  beforeEach(() => {
    current().store.reset();
    Object.assign(current().store.switches, switches);
    // what the app learned of one sandbox position must not carry over to the next test
    tester.cache.clear();
  });
  afterAll(async () => {
    delete process.env.NORTHPASS_API_URL;
    await sandbox?.close();
  });

  /** One request over loopback HTTP; redirects are not followed. */
  const call = async (
    path: string,
    { method = 'GET', body, key = SANDBOX_API_KEY }: CallOptions = {},
  ): Promise<Answer> => {
    const response = await fetch(`${current().url}${path}`, {
      method,
      redirect: 'manual',
      headers: { 'content-type': 'application/json', ...(key ? { 'x-api-key': key } : {}) },
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    const json = response.headers.get('content-type')?.startsWith('application/json') && text;
    return {
      status: response.status,
      headers: response.headers,
      body: json ? (JSON.parse(text) as unknown) : undefined,
      text,
    };
  };

  /** A list page's parts (its status must be 200). */
  const list = async (path: string) => {
    const answer = await call(path);
    if (answer.status !== 200) throw new Error(`${path} answered ${answer.status}: ${answer.text}`);
    const body = answer.body as { data: Item[]; included?: Item[]; links: Record<string, string> };
    return { ...body, names: body.data.map((item) => item.attributes.name) };
  };

  /** A control request; its status must be 2xx. */
  const control = async (path: string, body?: unknown) => {
    const answer = await call(`/_sandbox/${path}`, { method: 'POST', body, key: null });
    if (answer.status >= 300) throw new Error(`${path} answered ${answer.status}: ${answer.text}`);
    return answer.body;
  };

  /** The id of a seeded or created record, looked up by name or email. */
  const idOf = (kind: 'courses' | 'groups' | 'people' | 'learningPaths', name: string): string => {
    const records: Map<string, { id: string; name?: string | null; email?: string | null }> =
      current().store[kind];
    const record = [...records.values()].find((item) => item.name === name || item.email === name);
    if (!record) throw new Error(`no ${kind} record named ${name}`);
    return record.id;
  };

  return {
    current,
    switches: (next: Partial<Switches>) => Object.assign(current().store.switches, next),
    url: () => current().url,
    call,
    list,
    control,
    idOf,
  };
};

/**
 * The key of another Zapier container running the same school's Zap: the sandbox takes it as
 * the school's, while the app paces it separately (pacing is per process, per key).
 */
export const containerKey = (index: number) => `${SANDBOX_API_KEY}.${index}`;

/** The JSON:API error body Northpass sends, with one error. */
export const jsonApiError = (
  status: number,
  title: string,
  detail?: string,
  source: Record<string, string> = {},
) => ({
  errors: [{ status: String(status), title, ...(detail === undefined ? {} : { detail }), source }],
});

/** What runs on the sandbox left in the shared cache (learned facts), as core's tester keeps it. */
export const sandboxCache = tester.cache;
