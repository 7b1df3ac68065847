import { describe, expect, it } from '@jest/globals';
import { regexes } from 'zod/mini';

import {
  EMAIL_PATTERN,
  cleanText,
  optionalText,
  requiredEmail,
  requiredText,
  textList,
} from '../../src/lib/inputs.js';
import { nameKey } from '../../src/resources/lookup/names.js';

describe('the one text cleaning', () => {
  it.each([
    ['NUL is removed, so a word stays whole', 'Ac\u0000me Corp', 'Acme Corp'],
    ['C0 controls become spaces', 'Acme\u0007Corp\u001f', 'Acme Corp'],
    ['C1 controls become spaces', 'Acme\u0085Corp\u009b', 'Acme Corp'],
    ['line breaks and tabs become spaces', 'Acme\r\n\tCorp', 'Acme Corp'],
    ['bidi overrides and isolates are removed', '\u202eAcme\u202c \u2066Corp\u2069', 'Acme Corp'],
    ['bidi marks are removed', '\u200fAcme\u200e Corp\u061c', 'Acme Corp'],
    ['zero-width spaces and joiners of words are removed', 'Ac\u200bme\u2060 Corp', 'Acme Corp'],
    ['byte-order marks are removed', '\ufeffAcme Corp', 'Acme Corp'],
    [
      'zero-width joiners stay (emoji need them)',
      'Team \u{1F469}\u200d\u{1F4BB}',
      'Team \u{1F469}\u200d\u{1F4BB}',
    ],
    ['zero-width non-joiners stay (scripts need them)', 'می\u200cخواهم', 'می\u200cخواهم'],
  ])('%s', (_case, value, cleaned) => {
    expect(cleanText(value)).toBe(cleaned);
    expect(optionalText(value, 'Name')).toBe(cleaned);
  });

  it('refuses a value that was not blank but is empty once cleaned', () => {
    for (const read of [optionalText, requiredText]) {
      expect(() => read('\u200b\u202e\u0000', 'Group Name')).toThrow(
        'Group Name: holds only invisible or control characters; enter visible text.',
      );
    }
    expect(() => textList(['Sales', '\u200b'], 'Groups', { required: false, max: 25 })).toThrow(
      'Groups: holds only invisible or control characters; enter visible text.',
    );
  });

  it('still reads a blank value as blank', () => {
    expect(optionalText('  ', 'Note')).toBeUndefined();
    expect(() => requiredText(' ', 'Name')).toThrow(
      "Name: the value mapped here was empty in this run. Check the earlier step's field, or type a value.",
    );
  });

  it('says a blank required value was a mapping left empty in this run, in every form', () => {
    const message =
      "Email: the value mapped here was empty in this run. Check the earlier step's field, or type a value.";
    expect(() => requiredEmail('  ', 'Email')).toThrow(message);
    expect(() => requiredText(undefined, 'Email')).toThrow(message);
    expect(() => textList([], 'Email', { required: true, max: 25 })).toThrow(message);
    expect(() => textList(['\u00a0'], 'Email', { required: true, max: 25 })).toThrow(message);
    expect(message.length).toBeLessThanOrEqual(250);
  });

  it('is the name rule on both sides of a match', () => {
    expect(nameKey('\u202eACME\u200b  corp\u0000')).toBe(nameKey('acme corp'));
  });
});

describe('a list with line breaks (a multi-select answer, a cell of names)', () => {
  const list = (value: unknown) => textList(value, 'Courses', { required: true, max: 25 });

  it('reads each line as its own value, before cleaning turns breaks into spaces', () => {
    expect(list('Product Fundamentals\nPartner Sales Certification')).toEqual([
      'Product Fundamentals',
      'Partner Sales Certification',
    ]);
    expect(list(['A\r\nB', 'C\u2028D', 'E\rF'])).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
  });

  it('skips blank lines and a trailing break, and still refuses a value of blank lines', () => {
    expect(list('Sales\n\n  \nSupport\n')).toEqual(['Sales', 'Support']);
    expect(() => list('\n \n')).toThrow(
      "Courses: the value mapped here was empty in this run. Check the earlier step's field, or type a value.",
    );
  });
});

describe('the email check', () => {
  it("is zod's email pattern, copied so the definitions load without zod", () => {
    expect(EMAIL_PATTERN.source).toBe(regexes.email.source);
    expect(EMAIL_PATTERN.flags).toBe(regexes.email.flags);
  });
});
