import { describe, expect, it } from '@jest/globals';
import type { ZObject } from 'zapier-platform-core';

import {
  checkInputs,
  defineField,
  defineReference,
  inputsOf,
  optionalReference,
  readInputs,
  showAs,
} from '../../src/lib/fields.js';
import { optionalText, requiredText } from '../../src/lib/inputs.js';

const name = defineField({ key: 'name', label: 'Group Name', required: true }, requiredText);
const note = defineField({ key: 'note', label: 'Note', required: false }, optionalText);
const owner = defineReference(
  { key: 'owner', label: 'Owner', required: true },
  requiredText,
  (_z, value) => Promise.resolve({ id: `id-of-${value}` }),
);
const noZ = {} as ZObject;

describe('fields that read themselves', () => {
  it("gives Zapier the fields' definitions, in order", () => {
    expect(inputsOf([name, note])).toEqual([
      { key: 'name', label: 'Group Name', required: true },
      { key: 'note', label: 'Note', required: false },
    ]);
  });

  it('checks every value, cleaned, before anything else', () => {
    expect(checkInputs({ name: '  Acme   Corp ', note: ' ' }, [name, note])).toEqual({
      name: 'Acme Corp',
      note: undefined,
    });
  });

  it('names the field, as the operation shows it, in the first problem', () => {
    expect(() => checkInputs({}, [showAs(name, { key: 'name', label: 'Team' })])).toThrow(
      /Team: the value mapped here was empty in this run/,
    );
  });

  it('resolves references after every value has been checked', async () => {
    expect(await readInputs(noZ, { name: 'Acme', owner: 'ada' }, [name, owner])).toEqual({
      name: 'Acme',
      owner: { id: 'id-of-ada' },
    });
    await expect(readInputs(noZ, { owner: 'ada' }, [owner, name])).rejects.toThrow(
      /Group Name: the value mapped here was empty/,
    );
  });

  it('declares an optional reference from the required one: blank resolves to nothing, unasked', async () => {
    const asked: string[] = [];
    const required = defineReference(
      { key: 'owner', label: 'Owner', required: true, helpText: 'Who owns it.' },
      requiredText,
      (_z, value) => (asked.push(value), Promise.resolve({ id: `id-of-${value}` })),
    );
    const optional = optionalReference(required, optionalText);
    expect(optional.input).toEqual({
      key: 'owner',
      label: 'Owner',
      required: false,
      helpText: 'Who owns it.',
    });
    expect(await readInputs(noZ, { owner: '  ' }, [optional])).toEqual({ owner: undefined });
    expect(asked).toEqual([]);
    expect(await readInputs(noZ, { owner: 'ada' }, [optional])).toEqual({
      owner: { id: 'id-of-ada' },
    });
    expect(asked).toEqual(['ada']);
  });
});
