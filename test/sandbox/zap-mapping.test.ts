import { describe, expect, it } from '@jest/globals';

import { fillMappings, ZapFileError } from '../../sandbox/zap.ts';

const where = { step: 'learner', field: 'email' };

/** What `value` becomes with this trigger sample (and these earlier steps' outputs). */
const fill = (
  value: unknown,
  sample: Record<string, unknown>,
  steps: Record<string, Record<string, unknown>> = {},
) => fillMappings(value, { trigger: sample, ...steps }, where);

/** The message a mapping is refused with. */
const refusal = (value: unknown, sample: Record<string, unknown>): string => {
  try {
    fill(value, sample);
  } catch (error) {
    expect(error).toBeInstanceOf(ZapFileError);
    return (error as Error).message;
  }
  throw new Error(`${String(value)} was mapped`);
};

const form = {
  'First Name': 'Ada',
  'Last Name': 'Lovelace',
  COL$A: 'ada@example.com',
  answers__3: 'Partner',
  'person.email': 'ada.literal@example.com',
  person: { email: 'ada.nested@example.com', name: 'Ada' },
  deal: { value: 5000, 'stage.name': 'won', products: ['Product Fundamentals', 'Sales'] },
  line_items: [{ name: 'Fundamentals' }, { name: 'Sales' }],
  nothing: null,
  'Company ': 'Acme',
  'Which courses?\n(pick any)': 'Sales',
};

describe('a mapping names a key as the app sends it', () => {
  it.each([
    ['{{trigger.COL$A}}', 'ada@example.com'],
    ['{{trigger.First Name}}', 'Ada'],
    ['{{ trigger.Last Name }}', 'Lovelace'],
    ['{{trigger.answers__3}}', 'Partner'],
    // the payload has the dotted key itself: it wins over the nested object
    ['{{trigger.person.email}}', 'ada.literal@example.com'],
    // no such literal key: the walk goes into the nested object, keeping the value's type
    ['{{trigger.person.name}}', 'Ada'],
    ['{{trigger.deal.value}}', 5000],
    ['{{trigger.deal.stage.name}}', 'won'],
    ['{{trigger.deal.products}}', ['Product Fundamentals', 'Sales']],
    ['{{trigger.line_items.1.name}}', 'Sales'],
    ['{{trigger.person}}', { email: 'ada.nested@example.com', name: 'Ada' }],
    ['{{trigger.nothing}}', ''],
    // a sheet header that ends in a space, and a question over two lines
    ['{{trigger.Company }}', 'Acme'],
    ['{{ trigger.Company }}', 'Acme'],
    ['{{trigger.Which courses?\n(pick any)}}', 'Sales'],
  ])('%s', (mapping, value) => {
    expect(fill(mapping, form)).toEqual(value);
  });

  it('fills several in one text, joining a list with commas', () => {
    expect(
      fill(
        '{{trigger.First Name}} {{trigger.Last Name}} ({{trigger.COL$A}}): {{trigger.deal.products}}',
        form,
      ),
    ).toBe('Ada Lovelace (ada@example.com): Product Fundamentals,Sales');
    expect(fill('{{trigger.First Name}}{{trigger.Last Name}}', form)).toBe('AdaLovelace');
  });

  it('fills lists and objects in an input, and other steps by their ids', () => {
    expect(
      fill({ names: ['{{trigger.First Name}}', '{{group.name}}'], n: 3 }, form, {
        group: { name: 'Partners' },
      }),
    ).toEqual({ names: ['Ada', 'Partners'], n: 3 });
  });

  it('takes the longest dotted key first, and a shorter one when that leads nowhere', () => {
    const sample = { 'a.b': { c: 1, x: 'long' }, a: { b: { c: 2, y: 'short' } } };
    expect(fill('{{trigger.a.b.c}}', sample)).toBe(1);
    expect(fill('{{trigger.a.b.y}}', sample)).toBe('short');
  });
});

describe('a mapping to a key the payload does not have', () => {
  it('is an error naming the key and the fields there are, closest first', () => {
    expect(
      refusal('{{trigger.First name}}', {
        email: 'a@example.com',
        'First Name': 'Ada',
        'Last Name': 'L',
      }),
    ).toBe(
      'Step "learner", field "email": {{trigger.First name}} names nothing: "trigger" has no field "First name". It has: "First Name", "Last Name", "email" (closest first).',
    );
  });

  it('lists nested fields dotted, and says how many more there are', () => {
    expect(refusal('Hi {{trigger.person.emial}}', form)).toBe(
      'Step "learner", field "email": {{trigger.person.emial}} names nothing: "trigger" has no field "person.emial". It has: "person.email", "person.name", "person", "First Name", "deal" and 16 more (closest first).',
    );
  });

  it('is an error for an empty payload too, and for a step that has not run', () => {
    expect(refusal('{{trigger.COL$A}}', {})).toBe(
      'Step "learner", field "email": {{trigger.COL$A}} names nothing: "trigger" has no field "COL$A". It has no fields.',
    );
    expect(() => fill('{{sheet.COL$A}}', form)).toThrow(
      'Step "learner", field "email": {{sheet.COL$A}} names no earlier step.',
    );
  });

  it.each([
    '{{trigger.constructor}}',
    '{{trigger.__proto__}}',
    '{{trigger.person.toString}}',
    '{{trigger.line_items.length}}',
    '{{trigger.line_items.01.name}}',
    '{{trigger.line_items.2}}',
    '{{trigger.COL$A.length}}',
  ])('reads own keys and list indexes only: %s names nothing', (mapping) => {
    expect(refusal(mapping, form)).toContain(' names nothing: "trigger" has no field ');
  });

  it.each(['{{trigger}}', 'Hi {{ email }}', '{{trigger.}} and {{trigger.COL$A}}'])(
    'refuses %j, which is not a mapping, rather than send it as text',
    (value) => {
      expect(() => fill(value, form)).toThrow(
        /^Step "learner", field "email": {{.*}} is not a mapping: write {{trigger\.field}} or {{step_id\.field}}\.$/,
      );
    },
  );

  it('finds out quickly, however many dotted keys could be tried', () => {
    // every level has "a" and "a.a": without remembering dead ends, the tries double per level
    let sample: Record<string, unknown> = { z: 1 };
    for (let level = 0; level < 40; level += 1) sample = { a: sample, 'a.a': sample };
    const mapping = `{{trigger.${Array.from({ length: 45 }, () => 'a').join('.')}.y}}`;
    expect(refusal(mapping, sample)).toContain('names nothing: "trigger" has no field "a.a.a.');
  });
});
