import { randomUUID } from 'node:crypto';

import type { ZObject } from 'zapier-platform-core';

/**
 * State that parallel runs of a Zap must share (locks, markers, learned facts). Zapier runs each
 * step in its own container, so the shared copy lives in `z.cache` (per connection:
 * `scope: ['auth']`). When a cache call fails (the CLI's `invoke`, a Zapier outage), the step goes
 * on with state kept in this process: it still works, it only shares less.
 *
 * Every value carries its own expiry, so a backend that ignores TTLs (core's app tester) still
 * forgets on time.
 */
interface Entry {
  value: unknown;
  expires: number;
}

const SCOPE = ['auth'];

/** `z.cache` as core 19 implements it (create-cache.js); its types leave out `scope` on get/delete. */
interface ScopedCache {
  get: (key: string, scope?: string[]) => Promise<unknown>;
  set: (
    key: string,
    value: unknown,
    ttl?: number,
    scope?: string[],
    nx?: boolean,
  ) => Promise<unknown>;
  delete: (key: string, scope?: string[]) => Promise<unknown>;
}
const cacheOf = (z: ZObject): ScopedCache => z.cache;
const PREFIX = 'shared:';

const local = new Map<string, Entry>();

/** Forgets the in-process copy: for tests and the local Zap runner, between runs. */
export const forgetLocalState = (): void => {
  local.clear();
};

const isEntry = (value: unknown): value is Entry =>
  typeof value === 'object' &&
  value !== null &&
  'expires' in value &&
  typeof value.expires === 'number' &&
  'value' in value;

const live = (entry: unknown, now = Date.now()): Entry | undefined =>
  isEntry(entry) && entry.expires > now ? entry : undefined;

const readCache = async (z: ZObject, key: string): Promise<Entry | undefined> => {
  try {
    return live(await cacheOf(z).get(PREFIX + key, SCOPE));
  } catch {
    return live(local.get(key));
  }
};

const writeCache = async (
  z: ZObject,
  key: string,
  entry: Entry,
  { onlyIfAbsent = false }: { onlyIfAbsent?: boolean } = {},
): Promise<boolean> => {
  const ttl = Math.max(1, Math.ceil((entry.expires - Date.now()) / 1000));
  try {
    const stored: unknown = await cacheOf(z).set(PREFIX + key, entry, ttl, SCOPE, onlyIfAbsent);
    return stored !== false;
  } catch {
    if (onlyIfAbsent && live(local.get(key))) return false;
    local.set(key, entry);
    return true;
  }
};

/** The shared value under `key`, or null when there is none (or it expired). */
export const recall = async <T>(
  z: ZObject,
  key: string,
  guard: (value: unknown) => value is T,
): Promise<T | null> => {
  const entry = await readCache(z, key);
  return entry && guard(entry.value) ? entry.value : null;
};

/** Shares `value` under `key` for `ttlSeconds`. */
export const remember = async (
  z: ZObject,
  key: string,
  value: unknown,
  ttlSeconds: number,
): Promise<void> => {
  await writeCache(z, key, { value, expires: Date.now() + ttlSeconds * 1000 });
};

/**
 * Claims `key` for `ttlSeconds` unless another run holds it. The claim is written only if absent,
 * then read back: a cache that ignores "only if absent" (core's app tester) still lets only the
 * last writer believe it won.
 */
export const claim = async (
  z: ZObject,
  key: string,
  ttlSeconds: number,
): Promise<string | null> => {
  const token = randomUUID();
  const entry = { value: token, expires: Date.now() + ttlSeconds * 1000 };
  if (await readCache(z, key)) return null;
  if (!(await writeCache(z, key, entry, { onlyIfAbsent: true }))) return null;
  const holder = await readCache(z, key);
  return holder?.value === token ? token : null;
};

/** Gives a claim back, if this run still holds it. */
export const release = async (z: ZObject, key: string, token: string): Promise<void> => {
  const holder = await readCache(z, key);
  if (holder?.value !== token) return;
  try {
    await cacheOf(z).delete(PREFIX + key, SCOPE);
  } catch {
    // the in-process copy is the one in use
  }
  if (local.get(key)?.value === token) local.delete(key);
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** In-process queues per key: runs sharing a process (the local runner, tests) take turns. */
const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `task` while holding the lock `key`, shared across runs through the cache. Waits up to
 * `waitMs` for another holder (then runs anyway: the lock narrows races, the caller's own checks
 * must still converge). Tells `task` whether it had to wait, so it can look again first.
 */
export const withLock = async <T>(
  z: ZObject,
  key: string,
  { ttlSeconds, waitMs }: { ttlSeconds: number; waitMs: number },
  task: (waited: boolean) => Promise<T>,
): Promise<T> => {
  const before = queues.get(key);
  let done: () => void = () => undefined;
  const mine = new Promise<void>((resolve) => {
    done = resolve;
  });
  const chain = (before ?? Promise.resolve()).then(() => mine);
  queues.set(key, chain);
  await before;
  try {
    const deadline = Date.now() + waitMs;
    let waited = before !== undefined;
    let token = await claim(z, key, ttlSeconds);
    while (!token && Date.now() < deadline) {
      waited = true;
      await sleep(100 + Math.random() * 150);
      token = await claim(z, key, ttlSeconds);
    }
    try {
      return await task(waited);
    } finally {
      if (token) await release(z, key, token);
    }
  } finally {
    done();
    if (queues.get(key) === chain) queues.delete(key);
  }
};
