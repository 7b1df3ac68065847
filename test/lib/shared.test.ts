import { afterEach, describe, expect, it, jest } from '@jest/globals';
import type { ZObject } from 'zapier-platform-core';

import {
  claim,
  forgetLocalState,
  recall,
  release,
  remember,
  withLock,
} from '../../src/lib/shared.js';

/** A z whose cache works like Zapier's: values with a TTL, and "set only if absent". */
const zapierCache = () => {
  const store = new Map<string, string>();
  const cache = {
    get: (key: string) =>
      Promise.resolve(store.has(key) ? JSON.parse(store.get(key) ?? 'null') : null),
    set: (key: string, value: unknown, _ttl?: number, _scope?: string[], nx?: boolean) => {
      if (nx && store.has(key)) return Promise.resolve(false);
      store.set(key, JSON.stringify(value));
      return Promise.resolve(true);
    },
    delete: (key: string) => Promise.resolve(store.delete(key)),
  };
  return { cache } as unknown as ZObject;
};

/** A z whose cache is out of reach (the CLI's `invoke`, an outage). */
const brokenCache = () =>
  ({
    cache: {
      get: () => Promise.reject(new Error('rpc is not available')),
      set: () => Promise.reject(new Error('rpc is not available')),
      delete: () => Promise.reject(new Error('rpc is not available')),
    },
  }) as unknown as ZObject;

const isNumber = (value: unknown): value is number => typeof value === 'number';

afterEach(() => {
  forgetLocalState();
  jest.useRealTimers();
});

describe('shared state', () => {
  it.each([
    ['through the cache', zapierCache],
    ['in this process when the cache fails', brokenCache],
  ])('remembers a value %s, and forgets it when it expires', async (_where, make) => {
    const z = make();
    await remember(z, 'answer', 42, 60);
    expect(await recall(z, 'answer', isNumber)).toBe(42);
    await remember(z, 'gone', 1, -1);
    expect(await recall(z, 'gone', isNumber)).toBeNull();
  });

  it.each([
    ['through the cache', zapierCache],
    ['in this process when the cache fails', brokenCache],
  ])('lets one run claim a key at a time %s', async (_where, make) => {
    const z = make();
    const first = await claim(z, 'invited:ada', 60);
    expect(first).toEqual(expect.any(String));
    expect(await claim(z, 'invited:ada', 60)).toBeNull();
    await release(z, 'invited:ada', first ?? '');
    expect(await claim(z, 'invited:ada', 60)).toEqual(expect.any(String));
  });

  it('makes runs that want the same lock take turns, and tells a waiting run it waited', async () => {
    jest.useFakeTimers();
    const z = zapierCache();
    const order: string[] = [];
    const holder = (name: string) =>
      withLock(z, 'group:sales team', { ttlSeconds: 30, waitMs: 2_000 }, async (waited) => {
        order.push(`${name} in${waited ? ' after waiting' : ''}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
        order.push(`${name} out`);
      });
    const both = Promise.all([holder('a'), holder('b')]);
    await jest.advanceTimersByTimeAsync(1_000);
    await both;
    expect(order).toEqual(['a in', 'a out', 'b in after waiting', 'b out']);
  });

  it('waits for a lock another container holds, then goes ahead when it is given back', async () => {
    jest.useFakeTimers();
    const z = zapierCache();
    const elsewhere = await claim(z, 'group:globex', 30);
    setTimeout(() => void release(z, 'group:globex', elsewhere ?? ''), 200);
    const waiting = withLock(z, 'group:globex', { ttlSeconds: 30, waitMs: 2_000 }, (hadToWait) =>
      Promise.resolve(hadToWait),
    );
    await jest.advanceTimersByTimeAsync(1_000);
    expect(await waiting).toBe(true);
  });

  it('goes ahead without the lock once its wait is over', async () => {
    jest.useFakeTimers();
    const z = zapierCache();
    await claim(z, 'group:initech', 30);
    const waiting = withLock(z, 'group:initech', { ttlSeconds: 30, waitMs: 2_000 }, (hadToWait) =>
      Promise.resolve(hadToWait),
    );
    await jest.advanceTimersByTimeAsync(2_500);
    expect(await waiting).toBe(true);
  });
});
