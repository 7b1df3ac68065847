import { describe, expect, it } from '@jest/globals';
import zapier from 'zapier-platform-core';

import {
  afterPartialWork,
  appError,
  halted,
  listing,
  MAX_MESSAGE_LENGTH,
  throttled,
} from '../../src/lib/errors.js';
import { raised } from '../raised.js';

/** The error as a Zap builder sees it. */
const thrown = (error: unknown) =>
  raised(Promise.reject(error instanceof Error ? error : new Error(String(error))));

const groups = (count: number) =>
  Array.from({ length: count }, (_, index) => `Partner Enablement Cohort ${index + 1}`);

describe('listing', () => {
  it('joins a few items as a sentence does', () => {
    expect(listing([])).toBe('');
    expect(listing(['Sales'])).toBe('Sales');
    expect(listing(['Sales', 'Support'])).toBe('Sales and Support');
    expect(listing(['Sales', 'Support', 'Partners'])).toBe('Sales, Support and Partners');
  });

  it('names as many as fit in the room, then how many more', () => {
    expect(listing(groups(10), 90)).toBe(
      'Partner Enablement Cohort 1, Partner Enablement Cohort 2 and 8 more',
    );
    // always at least one, however small the room
    expect(listing(groups(3), 5)).toBe('Partner Enablement Cohort 1 and 2 more');
    expect(listing(groups(3), 200)).toBe(
      'Partner Enablement Cohort 1, Partner Enablement Cohort 2 and Partner Enablement Cohort 3',
    );
  });
});

describe('messages a person reads', () => {
  it('are cut to what Zapier shows', async () => {
    const long = `${'word '.repeat(80)}end`;
    for (const error of [appError(long, 'x', 400), throttled(long, 5)]) {
      const { message } = await thrown(error);
      expect(message).toHaveLength(MAX_MESSAGE_LENGTH);
      expect(message.endsWith('...')).toBe(true);
    }
    expect(halted(long).message).toHaveLength(MAX_MESSAGE_LENGTH);
  });
});

describe('afterPartialWork', () => {
  const reason = appError('Northpass rejected the data sent.', 'rejected', 422);

  it('says what was done, then why it stopped', async () => {
    expect(await thrown(afterPartialWork(reason, 'added to', ['Sales', 'Support']))).toEqual({
      name: 'AppError',
      code: 'rejected',
      status: 422,
      message:
        'Already done: added to Sales and Support. Then it failed: Northpass rejected the data sent.',
    });
  });

  it('lists a long ledger as far as it fits, keeping the reason whole', async () => {
    const { message } = await thrown(afterPartialWork(reason, 'removed from', groups(25)));
    expect(message).toBe(
      'Already done: removed from Partner Enablement Cohort 1, Partner Enablement Cohort 2, Partner Enablement Cohort 3 and 22 more. Then it failed: Northpass rejected the data sent.',
    );
  });

  it('cuts what was done short, never the turn to the reason, when the whole is too long', async () => {
    const long = appError(`Northpass refused it: ${'x'.repeat(150)}.`, 'rejected', 422);
    const { message } = await thrown(
      afterPartialWork(
        long,
        'created learner ada@example.com, added to Sales and Support',
        [],
        'Not done:',
      ),
    );
    expect(message).toBe(
      `Already done: created learner ada@example.com, added to Sales... Not done: Northpass refused it: ${'x'.repeat(150)}.`,
    );
    expect(message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
  });

  it('keeps a throttled step throttled, with its delay and what was done', async () => {
    const slowed = throttled('Northpass asked to slow down.', 60);
    expect(await thrown(afterPartialWork(slowed, 'removed from', ['Sales']))).toEqual({
      name: 'ThrottledError',
      delay: 60,
      message: 'Already done: removed from Sales. Then it failed: Northpass asked to slow down.',
    });
  });

  it('lets a halt and an expired key through unchanged', () => {
    const halt = halted('Nothing to resend.');
    const expired = new zapier.errors.ExpiredAuthError('Reconnect Northpass.');
    expect(afterPartialWork(halt, 'added to', ['Sales'])).toBe(halt);
    expect(afterPartialWork(expired, 'added to', ['Sales'])).toBe(expired);
  });
});
