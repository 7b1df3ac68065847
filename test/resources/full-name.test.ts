import { describe, expect, it } from '@jest/globals';

import { namesOf } from '../../src/resources/people/fields.js';

/** Full Name, for CRMs that send one name (Pipedrive's person name, a form's "Your name"). */
describe('namesOf(): first and last name from what the Zap maps', () => {
  it('keeps first and last name as given, and then ignores the full name', () => {
    expect(namesOf({ first_name: 'Ada', full_name: 'Grace Hopper' })).toEqual({
      first_name: 'Ada',
    });
    expect(namesOf({ last_name: 'Lovelace', full_name: 'Grace Hopper' })).toEqual({
      last_name: 'Lovelace',
    });
  });

  it('reads "Last, First" as last name, then first name', () => {
    expect(namesOf({ full_name: 'Lovelace, Ada' })).toEqual({
      first_name: 'Ada',
      last_name: 'Lovelace',
    });
    expect(namesOf({ full_name: 'van der Berg, Anna Maria' })).toEqual({
      first_name: 'Anna Maria',
      last_name: 'van der Berg',
    });
  });

  it('otherwise takes the first word as the first name and the rest as the last name', () => {
    expect(namesOf({ full_name: 'Mary Jane Watson' })).toEqual({
      first_name: 'Mary',
      last_name: 'Jane Watson',
    });
  });

  it('takes one word as a first name, and nothing as nothing', () => {
    expect(namesOf({ full_name: 'Cher' })).toEqual({ first_name: 'Cher' });
    expect(namesOf({})).toEqual({});
  });
});
