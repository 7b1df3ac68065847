import { describe, expect, it } from '@jest/globals';

import {
  createPacer,
  REQUESTS_PER_WINDOW,
  waitAt,
  WINDOW_MS,
  type PacingClock,
} from '../../src/client/pacing.js';

/** Lets every pending promise callback run, as the event loop does between timers. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * An event loop on a fake clock. Timers fire in order at their time; `block` is a loop kept busy
 * (a page being parsed, a machine under load): time passes, no timer fires, and every timer that
 * fell due meanwhile fires together afterwards, late, as Node's do.
 */
class FakeLoop {
  time = 0;
  private timers: { at: number; fire: () => void }[] = [];
  readonly clock: PacingClock = {
    now: () => this.time,
    sleep: (ms) => new Promise((fire) => this.timers.push({ at: this.time + ms, fire })),
  };

  /** Runs the loop up to `until`. */
  async run(until: number): Promise<void> {
    for (;;) {
      await settle();
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers[0];
      if (!next || next.at > until) break;
      this.timers.shift();
      this.time = Math.max(this.time, next.at);
      next.fire();
    }
    this.time = Math.max(this.time, until);
  }

  block(ms: number): void {
    this.time += ms;
  }
}

/** Asks for `count` releases on `loop` at its current time; records when each one happens. */
const ask = (loop: FakeLoop, pace: (key: string) => Promise<void>, count: number, into: number[]) =>
  Array.from({ length: count }, (_, index) =>
    pace('school').then(() => {
      into.push(loop.time);
      return index;
    }),
  );

/** The most releases in any window of WINDOW_MS (half open: [t, t + WINDOW_MS)). */
const busiestWindow = (releases: number[]): number =>
  Math.max(
    0,
    ...releases.map((start) => releases.filter((t) => t >= start && t < start + WINDOW_MS).length),
  );

describe('request pacing', () => {
  it('lets up to 9 requests go at once, then each waits for the window to pass', async () => {
    const loop = new FakeLoop();
    const releases: number[] = [];
    const order = ask(loop, createPacer(loop.clock), 12, releases);
    await loop.run(10_000);
    expect(releases).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, WINDOW_MS, WINDOW_MS, WINDOW_MS]);
    expect(await Promise.all(order)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('releases at most 9 in any 1.15 s after the event loop was blocked past several windows', async () => {
    const loop = new FakeLoop();
    const releases: number[] = [];
    const pace = createPacer(loop.clock);
    const order = ask(loop, pace, 30, releases);
    await loop.run(400);
    // blocked for 2 s: the releases due at 1.15 s and 2.3 s are overdue together at 2.4 s
    loop.block(2_000);
    await loop.run(20_000);
    expect(await Promise.all(order)).toEqual(Array.from({ length: 30 }, (_, index) => index));
    expect(busiestWindow(releases)).toBe(REQUESTS_PER_WINDOW);
    // each release is timed from when the loop woke, not from when it was first due
    expect(releases).toEqual([
      ...Array<number>(9).fill(0),
      ...Array<number>(9).fill(2_400),
      ...Array<number>(9).fill(2_400 + WINDOW_MS),
      ...Array<number>(3).fill(2_400 + 2 * WINDOW_MS),
    ]);
  });

  it('keeps 9 in any 1.15 s with requests asking every 37 ms and the loop blocked again and again', async () => {
    const loop = new FakeLoop();
    const releases: number[] = [];
    const pace = createPacer(loop.clock);
    for (let index = 0; index < 60; index += 1) {
      void ask(loop, pace, 1, releases)[0];
      await loop.run(loop.time + 37);
      // every seventh request, a page takes 300 to 900 ms to parse
      if (index % 7 === 3) loop.block(300 + ((index * 97) % 600));
    }
    await loop.run(loop.time + 20_000);
    expect(releases).toHaveLength(60);
    expect(busiestWindow(releases)).toBeLessThanOrEqual(REQUESTS_PER_WINDOW);
    expect(releases).toEqual([...releases].sort((a, b) => a - b));
  });

  it('paces each school on its own', async () => {
    const loop = new FakeLoop();
    const released: string[] = [];
    const pace = createPacer(loop.clock);
    for (const key of ['a', 'b']) {
      for (let i = 0; i < REQUESTS_PER_WINDOW + 1; i += 1) {
        void pace(key).then(() => released.push(`${key}@${loop.time}`));
      }
    }
    await loop.run(10_000);
    expect(released.filter((entry) => entry.endsWith('@0'))).toHaveLength(18);
    expect(released.filter((entry) => entry.endsWith(`@${WINDOW_MS}`))).toEqual([
      `a@${WINDOW_MS}`,
      `b@${WINDOW_MS}`,
    ]);
  });

  it('forgets releases older than the window', () => {
    const released = Array<number>(REQUESTS_PER_WINDOW).fill(0);
    expect(waitAt(released, WINDOW_MS - 1)).toBe(1);
    expect(waitAt(released, WINDOW_MS)).toBe(0);
    expect(released).toEqual([]);
  });
});
