import { describe, expect, it } from '@jest/globals';

import { learnerRows } from '../../src/resources/people/rows.js';

describe('learnerRows (Onboard Learners line items)', () => {
  it('checks each row on its own: names from Full Name, a bad email kept as that row’s problem', () => {
    expect(
      learnerRows(
        [
          { email: ' Ada@Example.com ', first_name: 'Ada', last_name: 'Lovelace' },
          { email: 'grace@example.com', full_name: 'Hopper, Grace' },
          { email: 'not-an-email', first_name: 'Nope' },
          { email: '', first_name: '' },
        ],
        'Learners',
      ),
    ).toEqual([
      { email: 'ada@example.com', first_name: 'Ada', last_name: 'Lovelace' },
      { email: 'grace@example.com', first_name: 'Grace', last_name: 'Hopper' },
      {
        email: 'not-an-email',
        problem: 'Learners Email: "not-an-email" is not a valid email address.',
      },
    ]);
  });

  it('takes one object as one row, and an email given twice as one person (the first row)', () => {
    expect(learnerRows({ email: 'ada@example.com' }, 'Learners')).toEqual([
      { email: 'ada@example.com' },
    ]);
    expect(
      learnerRows(
        [
          { email: 'ada@example.com', first_name: 'Ada' },
          { email: 'ADA@example.com', first_name: 'Augusta' },
        ],
        'Learners',
      ),
    ).toEqual([{ email: 'ada@example.com', first_name: 'Ada' }]);
  });

  it('a row without an email fails that row only', () => {
    expect(learnerRows([{ first_name: 'Ada' }, { email: 'b@example.com' }], 'Learners')).toEqual([
      { email: '', problem: 'Learners Email: enter an email address; it is required.' },
      { email: 'b@example.com' },
    ]);
  });
});
