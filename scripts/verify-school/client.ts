/**
 * verify-school's own HTTP client: not the app's (whose requests share one Zapier step's 27 s),
 * so that each probe has the time it needs. At most 5 requests start in any second; a 429 is
 * waited out (its `Retry-After`, or a second); a 5xx or a lost answer is tried again when the
 * request is safe to repeat. A stop (Ctrl-C) lets the request in flight finish, then refuses
 * every new one but the clean-up's. The key goes in a header only, and never into a message.
 */

/** Northpass's answer to one request, whatever its status. */
export interface Answer {
  status: number;
  /** The body as JSON, when it is JSON. */
  data: unknown;
  /** What the body is: JSON, nothing, a web page, or something else. */
  body: 'json' | 'empty' | 'page' | 'other';
  /** Northpass's own words from a JSON:API error body. */
  reason: string | undefined;
}

export interface Call {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  params?: Record<string, string | number>;
  body?: unknown;
  /** Safe to send again after a 5xx or a lost answer (GET: yes). */
  retry?: boolean;
  /** Sent even after a stop was asked for: the clean-up. */
  cleanup?: boolean;
}

/** The run cannot go on: a refused key, no network. Its message is for the admin. */
export class CannotRun extends Error {
  override name = 'CannotRun';
}

/** A stop was asked for (Ctrl-C, SIGTERM): no new probe request is sent. */
export class Stopped extends Error {
  override name = 'Stopped';
}

export interface ClientOptions {
  baseUrl: string;
  apiKey: string;
  /** Requests started in any second (5 unless told). */
  perSecond?: number;
  /** One request's time limit in ms (30 s unless told). */
  timeoutMs?: number;
  /** An `Authorization` header, from credentials in NORTHPASS_API_URL. */
  authorization?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Northpass's words from a JSON:API error body, or undefined. */
const reasonOf = (data: unknown): string | undefined => {
  const errors = isRecord(data) ? data.errors : undefined;
  const first = Array.isArray(errors) ? errors.find(isRecord) : undefined;
  const words = [first?.detail, first?.title].find((text) => typeof text === 'string' && text);
  return typeof words === 'string' ? words.replace(/\s+/g, ' ').trim().slice(0, 140) : undefined;
};

/** How long a 429 asks to wait, in ms: its `Retry-After` (at most a minute), or a second. */
const retryAfterMs = (header: string | null): number => {
  const seconds = Number(header);
  if (header && Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds, 60) * 1000;
  const date = header ? Date.parse(header) : Number.NaN;
  return Number.isFinite(date) ? Math.min(Math.max(date - Date.now(), 0), 60_000) : 1000;
};

/** How long 429s may hold one request before the run gives up. */
const MAX_THROTTLED_MS = 5 * 60_000;

export class Client {
  /** Requests sent, and of them writes (POST, PUT, PATCH, DELETE). */
  requests = 0;
  writes = 0;
  stopping = false;
  private starts: number[] = [];
  private readonly perSecond: number;
  private readonly timeoutMs: number;

  private readonly options: ClientOptions;

  constructor(options: ClientOptions) {
    this.options = options;
    this.perSecond = options.perSecond ?? 5;
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** Waits until a request may start: at most `perSecond` starts in any second. */
  private async pace(): Promise<void> {
    for (;;) {
      const now = performance.now();
      this.starts = this.starts.filter((start) => now - start < 1000);
      if (this.starts.length < this.perSecond) {
        this.starts.push(now);
        return;
      }
      await sleep(1000 - (now - (this.starts[0] ?? now)) + 5);
    }
  }

  private url(call: Call): string {
    const query = new URLSearchParams(
      Object.entries(call.params ?? {}).map(([name, value]): [string, string] => [
        name,
        String(value),
      ]),
    ).toString();
    return `${this.options.baseUrl}${call.path}${query ? `?${query}` : ''}`;
  }

  private async send(call: Call): Promise<Response> {
    await this.pace();
    this.requests += 1;
    if ((call.method ?? 'GET') !== 'GET') this.writes += 1;
    return fetch(this.url(call), {
      method: call.method ?? 'GET',
      redirect: 'manual',
      signal: AbortSignal.timeout(this.timeoutMs),
      headers: {
        accept: 'application/json',
        'x-api-key': this.options.apiKey,
        ...(this.options.authorization ? { authorization: this.options.authorization } : {}),
        ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
    });
  }

  /** Sends a request and returns Northpass's answer, whatever its status but 401 and 429. */
  async ask(call: Call): Promise<Answer> {
    const repeatable = call.retry ?? (call.method ?? 'GET') === 'GET';
    let throttled = 0;
    let failures = 0;
    for (;;) {
      if (this.stopping && !call.cleanup) throw new Stopped('stopped');
      let response: Response;
      try {
        response = await this.send(call);
      } catch {
        failures += 1;
        if (repeatable && failures < 3) {
          await sleep(1000 * failures);
          continue;
        }
        throw new CannotRun(
          `No answer from Northpass (the network, or a request that took over ${this.timeoutMs / 1000} s).`,
        );
      }
      if (response.status === 429 && throttled < MAX_THROTTLED_MS) {
        const wait = retryAfterMs(response.headers.get('retry-after'));
        throttled += Math.max(wait, 1);
        await response.arrayBuffer().catch(() => undefined);
        await sleep(wait);
        continue;
      }
      if (response.status >= 500 && repeatable && failures < 2) {
        failures += 1;
        await response.arrayBuffer().catch(() => undefined);
        await sleep(1000 * failures);
        continue;
      }
      const text = await response.text().catch(() => '');
      if (response.status === 401) {
        throw new CannotRun(
          'Northpass refused this API key (HTTP 401). Copy it again from Northpass admin: Apps > API Access.',
        );
      }
      return answerOf(response, text);
    }
  }
}

const answerOf = (response: Response, text: string): Answer => {
  let data: unknown;
  try {
    data = text.trim() ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    data = undefined;
  }
  const type = response.headers.get('content-type') ?? '';
  const body =
    text.trim() === ''
      ? 'empty'
      : data !== undefined
        ? 'json'
        : /html/i.test(type) || /^\s*</.test(text)
          ? 'page'
          : 'other';
  return { status: response.status, data, body, reason: reasonOf(data) };
};
