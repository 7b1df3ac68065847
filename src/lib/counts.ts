import { invalidInput, optionalText, quote } from './inputs.js';

/**
 * A whole number field's value (Zapier sends numbers or text), between `min` and `max`, with its
 * default when left blank.
 */
export const wholeNumberWithDefault =
  (fallback: number, { min, max }: { min: number; max: number }) =>
  (value: unknown, label: string): number => {
    const text = typeof value === 'number' ? String(value) : optionalText(value, label);
    if (text === undefined) return fallback;
    const number = Number(text);
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(number)) {
      throw invalidInput(label, `${quote(text)} is not a whole number.`);
    }
    if (number < min || number > max) {
      throw invalidInput(label, `${number} is not between ${min} and ${max}.`);
    }
    return number;
  };
